package vn.officialmail.gateway.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.officialmail.gateway.message.BlobStore;

/**
 * Checks a submission package (zip) the way an archive receiving it would: one root folder named
 * after the METS {@code OBJID}; a package {@code METS.xml} in the METS namespace with the CSIP
 * attributes (profile, content information type, OAIS package type SIP, a creating software
 * agent), descriptive metadata by reference, a file section and the physical structural map
 * labelled CSIP whose pointers name described files; every referenced file present with the size
 * and SHA-256 the METS gives; and no file in the package left undescribed.
 *
 * <p>It does not validate against the METS and E-ARK CSIP XML schemas: they are not vendored in
 * this repository yet (see docs/dossiers.md), and the report says so instead of claiming it.
 */
@Service
public final class SubmissionPackageValidator {

    /** At most this many entries are read from a package. */
    static final int MAX_ENTRIES = 100_000;

    /**
     * What the check found.
     *
     * @param valid no problem was found
     * @param packageId the METS OBJID, when it could be read
     * @param filesChecked how many referenced files had their size and checksum checked
     * @param problems what is wrong, one sentence each
     * @param schemaValidation whether the METS was validated against the XML schemas, and why not
     */
    public record Report(
            boolean valid, String packageId, int filesChecked, List<String> problems, String schemaValidation) {}

    static final String SCHEMAS_ABSENT =
            "not performed: the METS 1.12 and E-ARK CSIP schemas are not vendored in this build";

    public Report validate(Path zipFile) throws IOException {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Map<String, ZipEntry> entries = new HashMap<>();
            Set<String> roots = new HashSet<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entries.size() >= MAX_ENTRIES) {
                    problems.add("the package has more than " + MAX_ENTRIES + " entries");
                    return report(problems, "", 0);
                }
                String name = entry.getName();
                if (name.startsWith("/")
                        || name.contains("\\")
                        || List.of(name.split("/")).contains("..")) {
                    problems.add("entry '" + name + "' has an unsafe path");
                    continue;
                }
                roots.add(name.contains("/") ? name.substring(0, name.indexOf('/')) : "");
                if (!entry.isDirectory()) {
                    entries.put(name, entry);
                }
            }
            if (roots.size() != 1 || roots.contains("")) {
                problems.add("the package must hold exactly one root folder, found " + roots);
                return report(problems, "", 0);
            }
            String root = roots.iterator().next();
            ZipEntry metsEntry = entries.get(root + "/METS.xml");
            if (metsEntry == null) {
                problems.add("there is no package METS.xml in the root folder " + root);
                return report(problems, "", 0);
            }
            Document mets;
            try (InputStream in = zip.getInputStream(metsEntry)) {
                mets = parse(in);
            } catch (SAXException e) {
                problems.add("METS.xml is not well-formed XML: " + e.getMessage());
                return report(problems, "", 0);
            }
            Element top = mets.getDocumentElement();
            String objid = top.getAttribute("OBJID");
            if (!SubmissionPackage.METS.equals(top.getNamespaceURI()) || !"mets".equals(top.getLocalName())) {
                problems.add("the root element of METS.xml is not mets:mets in " + SubmissionPackage.METS);
                return report(problems, objid, 0);
            }
            checkHeader(top, root, problems);
            Set<String> described = new HashSet<>();
            int checked = checkFiles(zip, entries, root, top, described, problems);
            checkStructMap(top, problems);
            for (String name : entries.keySet()) {
                String relative = name.substring(root.length() + 1);
                if (!relative.equals("METS.xml") && !described.contains(relative)) {
                    problems.add("file '" + relative + "' is in the package but not described in the METS");
                }
            }
            return report(problems, objid, checked);
        }
    }

    private static void checkHeader(Element top, String root, List<String> problems) {
        String objid = top.getAttribute("OBJID");
        if (objid.isEmpty()) {
            problems.add("mets/@OBJID is missing");
        } else if (!objid.equals(root)) {
            problems.add("the root folder '" + root + "' is not named after mets/@OBJID '" + objid + "'");
        }
        if (top.getAttribute("PROFILE").isEmpty()) {
            problems.add("mets/@PROFILE is missing");
        }
        if (top.getAttributeNS(SubmissionPackage.CSIP, "CONTENTINFORMATIONTYPE").isEmpty()) {
            problems.add("mets/@csip:CONTENTINFORMATIONTYPE is missing");
        }
        List<Element> headers = children(top, "metsHdr");
        if (headers.size() != 1) {
            problems.add("METS.xml must have one metsHdr, found " + headers.size());
            return;
        }
        Element header = headers.get(0);
        if (header.getAttribute("CREATEDATE").isEmpty()) {
            problems.add("metsHdr/@CREATEDATE is missing");
        }
        String type = header.getAttributeNS(SubmissionPackage.CSIP, "OAISPACKAGETYPE");
        if (!"SIP".equals(type)) {
            problems.add("metsHdr/@csip:OAISPACKAGETYPE must be SIP, not '" + type + "'");
        }
        boolean creator = children(header, "agent").stream()
                .anyMatch(agent -> agent.getAttribute("ROLE").equals("CREATOR")
                        && agent.getAttribute("TYPE").equals("OTHER")
                        && agent.getAttribute("OTHERTYPE").equals("SOFTWARE"));
        if (!creator) {
            problems.add("metsHdr has no agent with ROLE CREATOR, TYPE OTHER, OTHERTYPE SOFTWARE");
        }
    }

    /** Checks every mdRef and FLocat; returns how many files were checked. */
    private static int checkFiles(
            ZipFile zip,
            Map<String, ZipEntry> entries,
            String root,
            Element top,
            Set<String> described,
            List<String> problems)
            throws IOException {
        List<Element> dmdSecs = children(top, "dmdSec");
        if (dmdSecs.isEmpty()) {
            problems.add("METS.xml has no dmdSec (descriptive metadata)");
        }
        int checked = 0;
        for (Element dmd : dmdSecs) {
            for (Element ref : children(dmd, "mdRef")) {
                checked += checkFile(zip, entries, root, ref, described, problems) ? 1 : 0;
            }
        }
        List<Element> fileSecs = children(top, "fileSec");
        if (fileSecs.size() != 1) {
            problems.add("METS.xml must have one fileSec, found " + fileSecs.size());
            return checked;
        }
        NodeList files = fileSecs.get(0).getElementsByTagNameNS(SubmissionPackage.METS, "file");
        for (int i = 0; i < files.getLength(); i++) {
            Element file = (Element) files.item(i);
            List<Element> locations = children(file, "FLocat");
            if (locations.size() != 1) {
                problems.add("file " + file.getAttribute("ID") + " must have one FLocat");
                continue;
            }
            Element location = locations.get(0);
            location.setAttribute("SIZE", file.getAttribute("SIZE"));
            location.setAttribute("CHECKSUM", file.getAttribute("CHECKSUM"));
            location.setAttribute("CHECKSUMTYPE", file.getAttribute("CHECKSUMTYPE"));
            checked += checkFile(zip, entries, root, location, described, problems) ? 1 : 0;
        }
        return checked;
    }

    /** One referenced file: present, of the stated size and SHA-256. */
    private static boolean checkFile(
            ZipFile zip,
            Map<String, ZipEntry> entries,
            String root,
            Element reference,
            Set<String> described,
            List<String> problems)
            throws IOException {
        String href = reference.getAttributeNS(SubmissionPackage.XLINK, "href");
        if (href.isEmpty() || href.startsWith("/") || List.of(href.split("/")).contains("..")) {
            problems.add("a reference has no usable xlink:href: '" + href + "'");
            return false;
        }
        described.add(href);
        ZipEntry entry = entries.get(root + "/" + href);
        if (entry == null) {
            problems.add("'" + href + "' is described in the METS but missing from the package");
            return false;
        }
        if (!"SHA-256".equals(reference.getAttribute("CHECKSUMTYPE"))) {
            problems.add("'" + href + "': checksum type must be SHA-256, not '" + reference.getAttribute("CHECKSUMTYPE")
                    + "'");
            return false;
        }
        MessageDigest digest = BlobStore.sha256Digest();
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!Long.toString(size).equals(reference.getAttribute("SIZE"))) {
            problems.add(
                    "'" + href + "': size " + size + " differs from the METS (" + reference.getAttribute("SIZE") + ")");
        }
        if (!sha256.equalsIgnoreCase(reference.getAttribute("CHECKSUM"))) {
            problems.add("'" + href + "': SHA-256 " + sha256 + " differs from the METS ("
                    + reference.getAttribute("CHECKSUM") + "): the file was altered");
        }
        return true;
    }

    private static void checkStructMap(Element top, List<String> problems) {
        boolean csip = children(top, "structMap").stream()
                .anyMatch(map -> map.getAttribute("TYPE").equals("PHYSICAL")
                        && map.getAttribute("LABEL").equals("CSIP"));
        if (!csip) {
            problems.add("METS.xml has no structMap with TYPE PHYSICAL and LABEL CSIP");
            return;
        }
        Set<String> fileIds = new HashSet<>();
        NodeList files = top.getElementsByTagNameNS(SubmissionPackage.METS, "file");
        for (int i = 0; i < files.getLength(); i++) {
            fileIds.add(((Element) files.item(i)).getAttribute("ID"));
        }
        Set<String> dmdIds = new HashSet<>();
        for (Element dmd : children(top, "dmdSec")) {
            dmdIds.add(dmd.getAttribute("ID"));
        }
        NodeList pointers = top.getElementsByTagNameNS(SubmissionPackage.METS, "fptr");
        for (int i = 0; i < pointers.getLength(); i++) {
            String id = ((Element) pointers.item(i)).getAttribute("FILEID");
            if (!fileIds.contains(id)) {
                problems.add("structMap points to file '" + id + "', which the fileSec does not describe");
            }
        }
        NodeList divs = top.getElementsByTagNameNS(SubmissionPackage.METS, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            String dmdId = ((Element) divs.item(i)).getAttribute("DMDID");
            if (!dmdId.isEmpty() && !dmdIds.contains(dmdId)) {
                problems.add("structMap points to descriptive metadata '" + dmdId + "', which has no dmdSec");
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && SubmissionPackage.METS.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(InputStream in) throws IOException, SAXException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // A package comes from outside: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static Report report(List<String> problems, String packageId, int checked) {
        return new Report(problems.isEmpty(), packageId, checked, List.copyOf(problems), SCHEMAS_ABSENT);
    }
}
