package vn.officialmail.gateway.dossier;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.rendering.PdfTables;
import vn.officialmail.gateway.rendering.Table;

/**
 * A dossier's documents and metadata exported in chronological order (Decree 30/2020 Appendix VI
 * III: "export a record's documents and metadata to .pdf and .xml"): the PDF is the index of
 * documents in the dossier (mục lục văn bản), the XML carries the record's fields (FileCode,
 * Title, Maintenance, Rights, Creator, Language, StartDate, EndDate, DocTotal) and each document's
 * (DocOrdinal, TypeName, CodeNumber, CodeNotation, IssuedDate, OrganName, Subject, ...), with the
 * SHA-256 of each original.
 */
@Service
public final class DossierExport {

    /** The namespace of the exported XML. */
    public static final String NAMESPACE = "urn:officialmail:dossier:1";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Dossiers dossiers;

    public DossierExport(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** The dossier as PDF, or empty when there is no such dossier. */
    public Optional<byte[]> pdf(String code) {
        return dossiers.find(code).map(dossier -> {
            List<Dossiers.FiledDocument> documents = dossiers.documents(code);
            List<List<String>> rows = new ArrayList<>();
            for (Dossiers.FiledDocument d : documents) {
                rows.add(List.of(
                        Integer.toString(d.ordinal()),
                        d.numberSymbol().orElse(""),
                        d.documentDate().map(DAY::format).orElse(""),
                        d.issuer().orElse(""),
                        String.join(" ", d.typeName().orElse(""), d.summary().orElse(""))
                                .strip(),
                        registerName(d.register()) + " " + d.number(),
                        d.urgent() ? "Khẩn" : ""));
            }
            Table table = new Table(
                    "MỤC LỤC VĂN BẢN TRONG HỒ SƠ",
                    List.of(
                            "Mã hồ sơ: " + dossier.code(),
                            "Tiêu đề: " + dossier.title(),
                            "Thời hạn bảo quản: " + dossier.retention() + " — Chế độ sử dụng: " + dossier.rights()
                                    + dossier.owner()
                                            .map(o -> " — Người lập: " + o)
                                            .orElse(""),
                            period(documents) + " — Số văn bản: " + documents.size() + " — "
                                    + switch (dossier.state()) {
                                        case OPEN -> "Đang mở";
                                        case CLOSED -> "Đã đóng";
                                        case DESTROYED -> "Đã hủy";
                                    }),
                    List.of(
                            "STT",
                            "Số, ký hiệu văn bản",
                            "Ngày tháng văn bản",
                            "Tác giả",
                            "Tên loại và trích yếu nội dung",
                            "Sổ, số đăng ký",
                            "Ghi chú"),
                    List.of(4, 9, 7, 12, 26, 9, 6),
                    rows);
            return PdfTables.render(table);
        });
    }

    /** The dossier as XML, or empty when there is no such dossier. */
    public Optional<byte[]> xml(String code) {
        return dossiers.find(code).map(dossier -> {
            try {
                return writeXml(dossier, dossiers.documents(code));
            } catch (XMLStreamException e) {
                throw new IllegalStateException("dossier " + code + " could not be written as XML", e);
            }
        });
    }

    private static byte[] writeXml(Dossiers.Dossier dossier, List<Dossiers.FiledDocument> documents)
            throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Record");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("FileCode");
        element(xml, "OrganId", dossier.organId());
        element(xml, "FileCatalog", Integer.toString(dossier.year()));
        element(xml, "FileNotation", dossier.notation());
        xml.writeEndElement();
        element(xml, "Code", dossier.code());
        element(xml, "Title", dossier.title());
        element(xml, "Maintenance", dossier.retention());
        element(xml, "Rights", dossier.rights());
        element(xml, "Creator", dossier.owner().orElse(""));
        element(xml, "Language", "Tiếng Việt");
        element(
                xml,
                "StartDate",
                documents.stream()
                        .map(Dossiers.FiledDocument::day)
                        .min(LocalDate::compareTo)
                        .map(LocalDate::toString)
                        .orElse(""));
        element(
                xml,
                "EndDate",
                documents.stream()
                        .map(Dossiers.FiledDocument::day)
                        .max(LocalDate::compareTo)
                        .map(LocalDate::toString)
                        .orElse(""));
        element(xml, "DocTotal", Integer.toString(documents.size()));
        element(xml, "State", dossier.state().name());
        xml.writeStartElement("Documents");
        for (Dossiers.FiledDocument d : documents) {
            xml.writeStartElement("Document");
            element(xml, "DocOrdinal", Integer.toString(d.ordinal()));
            element(xml, "TypeName", d.typeName().orElse(""));
            String[] number = codeParts(d.numberSymbol().orElse(""));
            element(xml, "CodeNumber", number[0]);
            element(xml, "CodeNotation", number[1]);
            element(xml, "IssuedDate", d.documentDate().map(LocalDate::toString).orElse(""));
            element(xml, "OrganName", d.issuer().orElse(""));
            element(xml, "Subject", d.summary().orElse(""));
            element(xml, "Language", "Tiếng Việt");
            element(xml, "Register", d.register());
            element(xml, "RegisterNumber", d.number());
            element(
                    xml,
                    "ArrivalDate",
                    d.receivedAt().atZone(Dossiers.VIETNAM).toLocalDate().toString());
            element(xml, "Priority", d.urgent() ? "1" : "0");
            element(xml, "SignerInfo", d.signer().orElse(""));
            element(xml, "Original", d.rawSha256().map(sha -> "sha256:" + sha).orElse("paper"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** "15/QĐ-BTP" → ["15", "QĐ-BTP"]: the number and the notation of Appendix VI (CodeNumber, CodeNotation). */
    static String[] codeParts(String numberSymbol) {
        int slash = numberSymbol.indexOf('/');
        if (slash < 0) {
            return new String[] {"", numberSymbol.strip()};
        }
        return new String[] {
            numberSymbol.substring(0, slash).strip(),
            numberSymbol.substring(slash + 1).strip()
        };
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String registerName(String register) {
        return switch (register) {
            case "incoming" -> "Đến";
            case "outgoing" -> "Đi";
            default -> register;
        };
    }

    private static String period(List<Dossiers.FiledDocument> documents) {
        Optional<LocalDate> start =
                documents.stream().map(Dossiers.FiledDocument::day).min(LocalDate::compareTo);
        Optional<LocalDate> end =
                documents.stream().map(Dossiers.FiledDocument::day).max(LocalDate::compareTo);
        return start.isEmpty()
                ? "Chưa có văn bản"
                : "Từ ngày " + start.get().format(DAY) + " đến ngày "
                        + end.orElseThrow().format(DAY);
    }
}
