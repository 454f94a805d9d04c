package vn.officialmail.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Test helper: a {@code winmail.dat} as Outlook sends it to clients that do not read rich text
 * (Transport Neutral Encapsulation Format, [MS-OXTNEF] §2.1.3), holding one attachment. Written by
 * hand because no library on the class path writes TNEF.
 */
final class Tnef {

    private static final int SIGNATURE = 0x223E9F78;
    private static final byte LEVEL_MESSAGE = 1;
    private static final byte LEVEL_ATTACHMENT = 2;
    private static final int ATT_TNEF_VERSION = 0x00089006;
    private static final int ATT_OEM_CODEPAGE = 0x00069007;
    private static final int ATT_ATTACH_REND_DATA = 0x00069002;
    private static final int ATT_ATTACH_TITLE = 0x00018010;
    private static final int ATT_ATTACH_DATA = 0x0006800F;

    private Tnef() {}

    /** A winmail.dat with one attachment; the title is in windows-1258 as Vietnamese Outlook writes it. */
    static byte[] winmail(String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(le(6).putInt(SIGNATURE).putShort((short) 0x0001).array());
        attribute(out, LEVEL_MESSAGE, ATT_TNEF_VERSION, le(4).putInt(0x00010000).array());
        attribute(
                out,
                LEVEL_MESSAGE,
                ATT_OEM_CODEPAGE,
                le(8).putInt(1258).putInt(0).array());
        attribute(
                out,
                LEVEL_ATTACHMENT,
                ATT_ATTACH_REND_DATA,
                le(14).putShort((short) 1).putInt(-1).putInt(-1).putInt(1).array());
        byte[] name = TestDocuments.windows1258(fileName);
        byte[] title = Arrays.copyOf(name, name.length + 1); // NUL-terminated
        attribute(out, LEVEL_ATTACHMENT, ATT_ATTACH_TITLE, title);
        attribute(out, LEVEL_ATTACHMENT, ATT_ATTACH_DATA, content);
        return out.toByteArray();
    }

    private static void attribute(ByteArrayOutputStream out, byte level, int id, byte[] data) {
        int checksum = 0;
        for (byte b : data) {
            checksum = (checksum + (b & 0xff)) & 0xffff;
        }
        out.write(level);
        out.writeBytes(le(8).putInt(id).putInt(data.length).array());
        out.writeBytes(data);
        out.writeBytes(le(2).putShort((short) checksum).array());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
