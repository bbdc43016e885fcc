package io.athgrid.bench.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON, with a bearer credential or none, and reads the
 * answer. Plain sockets: the load generators share the two cores with everything they measure, and
 * the JDK's HttpClient costs several times more CPU per request.
 */
public final class KeepAliveConnection implements AutoCloseable {

    /** An answer; status -1 when the connection failed, with the reason as body. */
    public record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final byte[] authorization;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** @param bearer the credential of every request, or null to send none */
    public KeepAliveConnection(String host, int port, String bearer) {
        this.host = host;
        this.port = port;
        this.authorization = bearer == null ? new byte[0]
                : ("Authorization: Bearer " + bearer + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public Answer post(String path, String body) {
        try {
            if (socket == null) {
                open();
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + content.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(authorization);
            out.write('\r');
            out.write('\n');
            out.write(content);
            out.flush();
            return readAnswer();
        } catch (IOException | RuntimeException e) {
            close();
            return new Answer(-1, e.toString());
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        out = new BufferedOutputStream(socket.getOutputStream(), 2048);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    private Answer readAnswer() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, body);
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers carry nothing this client needs
            }
        } else if (length > 0) {
            copy(length, body);
        }
        if (closes) {
            close();
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void copy(long count, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[(int) Math.min(count, 8192)];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (read < 0) {
                throw new IOException("connection closed mid-body");
            }
            into.write(buffer, 0, read);
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }
}
