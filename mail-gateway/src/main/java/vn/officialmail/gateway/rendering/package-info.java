/**
 * PDF and XLSX rendering with Vietnamese fonts embedded (ARCHITECTURE.md, "Shared models": built
 * by the registry for the printed register, used by the console's reports). A {@link
 * vn.officialmail.gateway.rendering.Table} is rendered by {@link
 * vn.officialmail.gateway.rendering.PdfTables} or {@link vn.officialmail.gateway.rendering.XlsxTables}.
 */
@NullMarked
package vn.officialmail.gateway.rendering;

import org.jspecify.annotations.NullMarked;
