package org.diplomacykg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A byte stream onto the command's character output, for Jena writers that only take an OutputStream.
 * Bytes are UTF-8; a character split across writes is decoded when its last byte arrives.
 */
final class WriterStream extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        if (!pending.hasRemaining()) {
            drain();
        }
        pending.put((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    private void drain() {
        pending.flip();
        decoder.decode(pending, chars, false);
        chars.flip();
        out.append(chars);
        chars.clear();
        pending.compact();
    }

    @Override
    public void flush() {
        drain();
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
