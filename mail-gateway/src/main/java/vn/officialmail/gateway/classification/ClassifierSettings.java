package vn.officialmail.gateway.classification;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The document classifier ({@code gateway.classifier.*}).
 *
 * @param catalogue the agency's overlay of the catalogue of document types (YAML, see
 *     {@code config/src/main/resources/catalogue/document-types.yml}); none: the default catalogue.
 *     A broken file stops the start with the file, the key, the bad value and what is allowed.
 */
public record ClassifierSettings(@Nullable Path catalogue) {}
