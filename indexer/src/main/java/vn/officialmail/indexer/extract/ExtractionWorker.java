package vn.officialmail.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The process that parses attachments for {@link TextExtractor}, so that a parser that loops,
 * allocates without end or crashes takes only this process down: the gateway stops it at the time
 * limit and starts another. Reads requests on standard input and answers on standard output ({@link
 * WorkerProtocol}); ends when standard input closes. Not for operators to start by hand.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {}

    /**
     * Serves requests until standard input closes.
     *
     * @param args the settings, as {@link WorkerProtocol#arguments} writes them
     * @throws IOException when the pipe to the gateway breaks
     */
    public static void main(String[] args) throws IOException {
        // Parsers and libraries may print; only the protocol may use the real standard output.
        DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        Map<String, String> settings = WorkerProtocol.parseArguments(args);
        ExtractionLimits limits = WorkerProtocol.limits(settings);
        TikaPartParser parser = new TikaPartParser(limits, WorkerProtocol.ocr(settings));
        out.writeInt(WorkerProtocol.READY);
        WorkerProtocol.writeString(out, parser.ocrUnavailable().orElse(""));
        out.flush();
        for (WorkerProtocol.Request request = WorkerProtocol.readRequest(in, limits);
                request != null;
                request = WorkerProtocol.readRequest(in, limits)) {
            List<ExtractedPart> parts = parser.parse(request.content(), request.fileName(), request.mediaType());
            WorkerProtocol.writeResponse(out, parts);
        }
    }
}
