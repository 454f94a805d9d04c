package vn.officialmail.indexer.extract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Test helper: a one-entry ZIP encrypted with a password the way "zip -e" and Windows Explorer do it
 * (traditional PKWARE encryption, APPNOTE.TXT §6.1), since the JDK cannot write one. The entry is
 * stored (not deflated), which the format allows and keeps this short.
 */
final class ZipCrypto {

    private int key0 = 0x12345678;
    private int key1 = 0x23456789;
    private int key2 = 0x34567890;

    private ZipCrypto(byte[] password) {
        for (byte b : password) {
            update(b);
        }
    }

    static byte[] encryptedZip(String entryName, byte[] content, String password) {
        CRC32 crc = new CRC32();
        crc.update(content);
        int crc32 = (int) crc.getValue();
        ZipCrypto cipher = new ZipCrypto(password.getBytes(StandardCharsets.UTF_8));
        byte[] data = new byte[12 + content.length];
        for (int i = 0; i < 11; i++) {
            data[i] = cipher.encrypt((byte) (i * 37 + 11)); // fixed "random" header: reproducible files
        }
        data[11] = cipher.encrypt((byte) (crc32 >>> 24)); // the check byte §6.1.6
        for (int i = 0; i < content.length; i++) {
            data[12 + i] = cipher.encrypt(content[i]);
        }
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        short flags = 0x0001 | 0x0800; // encrypted, UTF-8 name
        ByteBuffer local = le(30 + name.length)
                .putInt(0x04034b50)
                .putShort((short) 20)
                .putShort(flags)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0x5B78) // 00:00, 2025-11-24
                .putInt(crc32)
                .putInt(data.length)
                .putInt(content.length)
                .putShort((short) name.length)
                .putShort((short) 0)
                .put(name);
        ByteBuffer central = le(46 + name.length)
                .putInt(0x02014b50)
                .putShort((short) 20)
                .putShort((short) 20)
                .putShort(flags)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0x5B78)
                .putInt(crc32)
                .putInt(data.length)
                .putInt(content.length)
                .putShort((short) name.length)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt(0)
                .putInt(0)
                .put(name);
        int centralOffset = local.capacity() + data.length;
        ByteBuffer end = le(22).putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(central.capacity())
                .putInt(centralOffset)
                .putShort((short) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(local.array());
        out.writeBytes(data);
        out.writeBytes(central.array());
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private byte encrypt(byte plain) {
        int temp = (key2 | 2) & 0xffff;
        byte cipher = (byte) (plain ^ ((temp * (temp ^ 1)) >>> 8));
        update(plain);
        return cipher;
    }

    private void update(byte b) {
        key0 = crc32(key0, b);
        key1 = (key1 + (key0 & 0xff)) * 134775813 + 1;
        key2 = crc32(key2, (byte) (key1 >>> 24));
    }

    /** One step of CRC-32 over a byte, as APPNOTE's crc32(old, c) macro. */
    private static int crc32(int crc, byte b) {
        int c = (crc ^ b) & 0xff;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
        }
        return (crc >>> 8) ^ c;
    }
}
