package com.localizevideos.headroom.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * JSON bodies must be well-formed UTF-8 (RFC 8259). Jackson decodes some ill-formed sequences instead of refusing
 * them (the overlong {@code C0 AF} becomes '/'), so every JSON body is checked byte by byte while it is read, and the
 * first ill-formed byte answers a 400 problem naming its offset.
 */
@Provider
public class Utf8Body implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Checked(context.getInputStream()));
        }
        return context.proceed();
    }

    private static ProblemException illFormed(long offset) {
        String message = "the body is not well-formed UTF-8 at byte " + offset;
        return new ProblemException("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON: " + message + "; send UTF-8.", List.of(LocatedProblem.of(message)));
    }

    /** Passes bytes through and throws at the first byte that breaks UTF-8 (Unicode Table 3-7). */
    static final class Checked extends FilterInputStream {
        private long offset;
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                atEnd();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n < 0) {
                atEnd();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[off + i] & 0xFF);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skipping is not supported while checking UTF-8");
        }

        private void atEnd() {
            if (pending > 0) {
                throw illFormed(offset);
            }
        }

        private void check(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw illFormed(offset);
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw illFormed(offset);
                }
            }
            offset++;
        }
    }
}
