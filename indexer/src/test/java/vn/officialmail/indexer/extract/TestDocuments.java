package vn.officialmail.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Test helper: documents made on the fly, so no third-party file is needed for them. */
final class TestDocuments {

    private TestDocuments() {}

    /** The bytes of a test resource under {@code attachments/}. */
    static byte[] resource(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/attachments/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource attachments/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Vietnamese text in windows-1258 as legacy software wrote it: base letters with their shape
     * (â, ă, ê, ô, ơ, ư) precomposed, tone marks as separate combining characters.
     */
    static byte[] windows1258(String text) throws CharacterCodingException {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder shaped = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                (mark == '\u0302' || mark == '\u0306' || mark == '\u031B' ? shaped : tones).append(mark);
            }
            out.append(Normalizer.normalize(shaped, Normalizer.Form.NFC)).append(tones);
        }
        var encoded = Charset.forName("windows-1258")
                .newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(out));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /** A one-paragraph DOCX. */
    static byte[] docx(String paragraph) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(paragraph);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX encrypted with a password (ECMA-376 agile encryption), as Word saves it. */
    static byte[] encryptedDocx(String paragraph, String password)
            throws IOException, GeneralSecurityException, InvalidFormatException {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx(paragraph)));
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A one-sheet XLSX with one text cell per row. */
    static byte[] xlsx(String... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("Danh sách"), rows);
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A one-sheet XLS (Excel 97–2003) with one text cell per row. */
    static byte[] xls(String... rows) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.createSheet("Danh sách"), rows);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, String... rows) {
        for (int i = 0; i < rows.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(rows[i]);
        }
    }

    /** An OpenDocument text (ODT) with one paragraph, as LibreOffice lays out the package. */
    static byte[] odt(String paragraph) throws IOException {
        return odf(
                "application/vnd.oasis.opendocument.text",
                "<office:text><text:p>" + xml(paragraph) + "</text:p></office:text>");
    }

    /** An OpenDocument spreadsheet (ODS) with one text cell. */
    static byte[] ods(String cell) throws IOException {
        return odf(
                "application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet><table:table table:name=\"A\">"
                        + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>" + xml(cell)
                        + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>");
    }

    private static byte[] odf(String mediaType, String body) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
                + "<office:body>" + body + "</office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype"); // first and stored, so that magic finds it
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            entry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A ZIP archive of the given entries, names in UTF-8 as Java and current tools write them. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                entry(zip, e.getKey(), e.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A ZIP bomb: {@code entries} entries of {@code mebibytes} MiB of zeros each, about a thousand
     * times smaller packed than unpacked.
     */
    static byte[] zipBomb(int entries, int mebibytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("bom-" + i + ".txt"));
                for (int m = 0; m < mebibytes; m++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * An RFC 5322 message with a UTF-8 text body and attachments; each attachment's header lines
     * are given as they should appear, so tests control the name encodings.
     */
    static byte[] message(String subject, String body, List<MimeAttachment> attachments) {
        String boundary = "ranh-gioi-" + Integer.toHexString(Objects.hash(subject, body, attachments.size()));
        StringBuilder out = new StringBuilder()
                .append("From: =?UTF-8?B?")
                .append(b64("Văn thư"))
                .append("?= <vanthu@moj.gov.vn>\r\n")
                .append("To: lanhdao@moj.gov.vn\r\n")
                .append("Subject: =?UTF-8?B?")
                .append(b64(subject))
                .append("?=\r\n")
                .append("Date: Tue, 24 Nov 2026 09:00:00 +0700\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"")
                .append(boundary)
                .append("\"\r\n\r\n")
                .append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
        for (MimeAttachment attachment : attachments) {
            out.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append(attachment.headers())
                    .append("\r\n");
            if (attachment.base64()) {
                out.append("Content-Transfer-Encoding: base64\r\n\r\n")
                        .append(Base64.getMimeEncoder().encodeToString(attachment.content()));
            } else {
                out.append("\r\n").append(new String(attachment.content(), StandardCharsets.UTF_8));
            }
            out.append("\r\n");
        }
        out.append("--").append(boundary).append("--\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One attachment of {@link #message}: its header lines (without a final CRLF) and content. */
    record MimeAttachment(String headers, byte[] content, boolean base64) {}

    /** A message forwarded {@code levels} times: each level has the previous one as a message/rfc822 part. */
    static byte[] nestedMessage(int levels, String innermostBody) {
        byte[] message = message("Cấp 1", innermostBody, List.of());
        for (int level = 2; level <= levels; level++) {
            message = message(
                    "Cấp " + level,
                    "Chuyển tiếp cấp " + level,
                    List.of(new MimeAttachment(
                            "Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"cap-"
                                    + (level - 1) + ".eml\"",
                            message,
                            false)));
        }
        return message;
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 2231 §4 extended value: {@code UTF-8''} and percent-encoded UTF-8 bytes. */
    static String rfc2231(String text) {
        StringBuilder out = new StringBuilder("UTF-8''");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
