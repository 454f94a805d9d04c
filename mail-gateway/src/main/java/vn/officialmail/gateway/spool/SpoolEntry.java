package vn.officialmail.gateway.spool;

/**
 * One durably spooled message: where its record lies and its envelope.
 *
 * @param id a unique spool id (also the mail's name in the pipeline)
 * @param segment the segment file number
 * @param ordinal the record's position within its segment (0-based)
 * @param rawOffset the byte offset of the raw message in the segment file
 * @param rawLength the raw message's length in bytes
 * @param envelope the SMTP envelope
 */
public record SpoolEntry(String id, long segment, int ordinal, long rawOffset, int rawLength, Envelope envelope) {}
