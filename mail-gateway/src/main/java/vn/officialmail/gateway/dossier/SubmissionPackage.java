package vn.officialmail.gateway.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Service;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.message.BlobStore;

/**
 * A closed dossier as a submission information package for the archive (nộp lưu; Circular
 * 05/2025/TT-BNV uses E-ARK CSIP/SIP, vn-standards.md §4c): one zip whose root folder is the
 * package id, holding the package {@code METS.xml} (METS 1.12 with the CSIP attributes: profile,
 * content information type, OAIS package type SIP, creator agent, descriptive metadata by
 * reference, a file section with size and SHA-256 of every file, the physical structural map
 * labelled CSIP), the dossier's descriptive metadata ({@code metadata/descriptive/dossier.xml},
 * the fields of Decree 30/2020 Appendix VI III, see {@link DossierExport}) and the original
 * message of every mailed document ({@code representations/rep1/data/}). Paper documents are
 * described in the metadata only. The METS is written last, once every checksum is known.
 */
@Service
public final class SubmissionPackage {

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
    static final String SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";
    static final String DESCRIPTIVE = "metadata/descriptive/dossier.xml";
    static final String DATA = "representations/rep1/data/";

    /** Why a package could not be made. */
    public enum Refusal {
        NO_SUCH_DOSSIER,
        NOT_CLOSED
    }

    /** Thrown when the dossier is missing or still open. */
    public static final class RefusedException extends RuntimeException {
        private final Refusal refusal;

        RefusedException(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private final Dossiers dossiers;
    private final DossierExport export;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final Clock clock;

    public SubmissionPackage(Dossiers dossiers, DossierExport export, BlobStore blobs, AuditLog audit, Clock clock) {
        this.dossiers = dossiers;
        this.export = export;
        this.blobs = blobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The package id (METS OBJID, the zip's root folder) of a dossier. */
    public static String packageId(String dossierCode) {
        return "SIP_hoso_" + dossierCode;
    }

    /**
     * Checks the dossier can be transferred: it exists and is closed.
     *
     * @throws RefusedException when it cannot
     */
    public void checkTransferable(String code) {
        Dossiers.Dossier dossier = dossiers.find(code)
                .orElseThrow(() ->
                        new RefusedException(Refusal.NO_SUCH_DOSSIER, "Không có hồ sơ / no dossier '" + code + "'"));
        if (dossier.state() != Dossiers.State.CLOSED) {
            throw new RefusedException(
                    Refusal.NOT_CLOSED,
                    "Hồ sơ " + code + " chưa đóng: chỉ nộp lưu hồ sơ đã đóng / dossier " + code
                            + " is open: only a closed dossier is transferred");
        }
    }

    /** Writes the dossier's package as a zip to {@code out} (audited); the dossier must be closed. */
    public void write(String code, String requestedBy, OutputStream out) throws IOException {
        checkTransferable(code);
        Dossiers.Dossier dossier = dossiers.find(code).orElseThrow();
        List<Dossiers.FiledDocument> documents = dossiers.documents(code);
        String root = packageId(code) + "/";
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<PackagedFile> files = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Dossiers.FiledDocument document : documents) {
            if (document.messageId().isEmpty() || document.rawSha256().isEmpty()) {
                continue; // a paper document: described, no original
            }
            String path = DATA + String.format("%03d", document.ordinal()) + "_" + document.register() + "_"
                    + document.number().replace('/', '-') + ".eml";
            try (InputStream original = blobs.open(document.rawSha256().get())) {
                files.add(add(zip, root + path, path, "message/rfc822", original, "doc-" + document.ordinal()));
            }
        }
        byte[] descriptive = export.xml(code).orElseThrow();
        PackagedFile metadata = add(
                zip,
                root + DESCRIPTIVE,
                DESCRIPTIVE,
                "application/xml",
                new java.io.ByteArrayInputStream(descriptive),
                "dmd-file");
        zip.putNextEntry(new ZipEntry(root + "METS.xml"));
        zip.write(mets(dossier, metadata, files, created));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        audit.record(
                requestedBy,
                "dossier-packaged",
                "dossier",
                code,
                Map.of("package", packageId(code), "files", Integer.toString(files.size() + 1)));
    }

    /** A file written into the package, as the METS describes it. */
    record PackagedFile(String id, String path, String mimeType, long size, String sha256) {}

    private static PackagedFile add(
            ZipOutputStream zip, String entry, String path, String mimeType, InputStream content, String id)
            throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        MessageDigest digest = BlobStore.sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while ((read = content.read(buffer)) > 0) {
            zip.write(buffer, 0, read);
            digest.update(buffer, 0, read);
            size += read;
        }
        zip.closeEntry();
        return new PackagedFile(id, path, mimeType, size, HexFormat.of().formatHex(digest.digest()));
    }

    private static byte[] mets(
            Dossiers.Dossier dossier, PackagedFile metadata, List<PackagedFile> files, Instant created)
            throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            String id = packageId(dossier.code());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("mets", METS);
            xml.setPrefix("xlink", XLINK);
            xml.setPrefix("csip", CSIP);
            xml.setPrefix("sip", SIP);
            xml.writeStartElement(METS, "mets");
            xml.writeNamespace("mets", METS);
            xml.writeNamespace("xlink", XLINK);
            xml.writeNamespace("csip", CSIP);
            xml.writeNamespace("sip", SIP);
            xml.writeAttribute("OBJID", id);
            xml.writeAttribute("LABEL", dossier.title());
            xml.writeAttribute("TYPE", "Mixed");
            xml.writeAttribute(CSIP, "CONTENTINFORMATIONTYPE", "OTHER");
            xml.writeAttribute(CSIP, "OTHERCONTENTINFORMATIONTYPE", "TT05/2025/TT-BNV SIP_hoso");
            xml.writeAttribute("PROFILE", SIP_PROFILE);

            xml.writeStartElement(METS, "metsHdr");
            xml.writeAttribute("CREATEDATE", created.toString());
            xml.writeAttribute("RECORDSTATUS", "NEW");
            xml.writeAttribute(CSIP, "OAISPACKAGETYPE", "SIP");
            xml.writeStartElement(METS, "agent");
            xml.writeAttribute("ROLE", "CREATOR");
            xml.writeAttribute("TYPE", "OTHER");
            xml.writeAttribute("OTHERTYPE", "SOFTWARE");
            text(xml, "name", "official-mail");
            xml.writeStartElement(METS, "note");
            xml.writeAttribute(CSIP, "NOTETYPE", "SOFTWARE VERSION");
            xml.writeCharacters(version());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(METS, "agent");
            xml.writeAttribute("ROLE", "ARCHIVIST");
            xml.writeAttribute("TYPE", "ORGANIZATION");
            text(xml, "name", dossier.organId());
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement(METS, "dmdSec");
            xml.writeAttribute("ID", "dmd-1");
            xml.writeAttribute("CREATED", created.toString());
            xml.writeAttribute("STATUS", "CURRENT");
            xml.writeEmptyElement(METS, "mdRef");
            xml.writeAttribute("LOCTYPE", "URL");
            xml.writeAttribute(XLINK, "type", "simple");
            xml.writeAttribute(XLINK, "href", metadata.path());
            xml.writeAttribute("MDTYPE", "OTHER");
            xml.writeAttribute("OTHERMDTYPE", "ND30-PL6-HoSo");
            xml.writeAttribute("MIMETYPE", metadata.mimeType());
            xml.writeAttribute("SIZE", Long.toString(metadata.size()));
            xml.writeAttribute("CREATED", created.toString());
            xml.writeAttribute("CHECKSUM", metadata.sha256());
            xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
            xml.writeEndElement();

            xml.writeStartElement(METS, "fileSec");
            xml.writeAttribute("ID", "file-sec");
            xml.writeStartElement(METS, "fileGrp");
            xml.writeAttribute("ID", "file-grp-rep1");
            xml.writeAttribute("USE", "Representations/rep1");
            for (PackagedFile file : files) {
                xml.writeStartElement(METS, "file");
                xml.writeAttribute("ID", file.id());
                xml.writeAttribute("MIMETYPE", file.mimeType());
                xml.writeAttribute("SIZE", Long.toString(file.size()));
                xml.writeAttribute("CREATED", created.toString());
                xml.writeAttribute("CHECKSUM", file.sha256());
                xml.writeAttribute("CHECKSUMTYPE", "SHA-256");
                xml.writeEmptyElement(METS, "FLocat");
                xml.writeAttribute("LOCTYPE", "URL");
                xml.writeAttribute(XLINK, "type", "simple");
                xml.writeAttribute(XLINK, "href", file.path());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement(METS, "structMap");
            xml.writeAttribute("ID", "struct-map");
            xml.writeAttribute("TYPE", "PHYSICAL");
            xml.writeAttribute("LABEL", "CSIP");
            xml.writeStartElement(METS, "div");
            xml.writeAttribute("ID", "div-root");
            xml.writeAttribute("LABEL", id);
            xml.writeEmptyElement(METS, "div");
            xml.writeAttribute("ID", "div-metadata");
            xml.writeAttribute("LABEL", "Metadata");
            xml.writeAttribute("DMDID", "dmd-1");
            xml.writeStartElement(METS, "div");
            xml.writeAttribute("ID", "div-rep1");
            xml.writeAttribute("LABEL", "Representations/rep1");
            for (PackagedFile file : files) {
                xml.writeEmptyElement(METS, "fptr");
                xml.writeAttribute("FILEID", file.id());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IOException("the METS of dossier " + dossier.code() + " could not be written", e);
        }
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(METS, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String version() {
        String version = SubmissionPackage.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
