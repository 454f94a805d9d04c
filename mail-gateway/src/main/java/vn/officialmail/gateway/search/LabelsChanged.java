package vn.officialmail.gateway.search;

/**
 * Published (inside the deciding transaction) when a person changes what search labels a message
 * by; {@link SearchLabels} re-indexes the message once the transaction commits.
 *
 * @param messageId the message record
 */
public record LabelsChanged(long messageId) {}
