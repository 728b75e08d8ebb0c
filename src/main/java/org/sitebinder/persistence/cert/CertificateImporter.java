package org.sitebinder.persistence.cert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sitebinder.domain.Certificate;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * Reads server certificates from the files admins have at hand: {@code .cer}, {@code .crt},
 * {@code .der} (DER or PEM, whichever the content is), {@code .pem} with one or several
 * certificate blocks, and {@code .pfx} / {@code .p12} (PKCS#12, with a password). Only certificates
 * are taken: private keys are never read, so a PEM file's key block is skipped and a PKCS#12 file's
 * key entries give their certificate alone.
 */
public final class CertificateImporter {
    /** Far larger than any certificate bundle: a bigger file is not what the admin meant to pick. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /**
     * Imports every certificate of a file.
     *
     * @param file     the file
     * @param password the PKCS#12 password (ignored for other formats; {@code null} means none)
     * @return the certificates, in file order, never empty
     * @throws WrongPasswordException  when a PKCS#12 file does not open with {@code password}
     * @throws DocumentFormatException when the file holds no readable certificate; the message names the file
     * @throws IOException             when the file cannot be read
     */
    public List<Certificate> importFile(Path file, char[] password) throws IOException, DocumentFormatException {
        if (Files.size(file) > MAX_BYTES) {
            throw new DocumentFormatException(file, 0, 0, "too large to be a certificate file");
        }
        return importBytes(Files.readAllBytes(file), file, password);
    }

    /**
     * Imports every certificate of a file already in memory (a drop, a paste, a test).
     *
     * @param bytes    the file's content
     * @param file     its name: {@code .pfx} and {@code .p12} are read as PKCS#12, anything else by content
     * @param password the PKCS#12 password (ignored for other formats; {@code null} means none)
     * @return the certificates, in file order, never empty
     * @throws WrongPasswordException  when a PKCS#12 file does not open with {@code password}
     * @throws DocumentFormatException when the content holds no readable certificate
     */
    public List<Certificate> importBytes(byte[] bytes, Path file, char[] password) throws DocumentFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new DocumentFormatException(file, 0, 0, "too large to be a certificate file");
        }
        if (isPkcs12(file)) {
            return fromPkcs12(file, bytes, password);
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains(PemBlocks.BEGIN)) {
            return fromPem(file, text);
        }
        return List.of(decode(file, bytes, 0));
    }

    private static boolean isPkcs12(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".pfx") || name.endsWith(".p12");
    }

    private static List<Certificate> fromPem(Path file, String text) throws DocumentFormatException {
        List<PemBlocks.Block> blocks = PemBlocks.certificates(file, text);
        if (blocks.isEmpty()) {
            throw new DocumentFormatException(file, 0, 0, "no CERTIFICATE block (a PEM file with only a key or a request?)");
        }
        List<Certificate> out = new ArrayList<>();
        for (PemBlocks.Block block : blocks) {
            out.add(decode(file, block.text().getBytes(StandardCharsets.US_ASCII), block.line()));
        }
        return out;
    }

    private static Certificate decode(Path file, byte[] bytes, int line) throws DocumentFormatException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            java.security.cert.Certificate c = factory.generateCertificate(new ByteArrayInputStream(bytes));
            if (!(c instanceof X509Certificate x509)) {
                throw new DocumentFormatException(file, line, 0, "not an X.509 certificate");
            }
            return CertificateFacts.of(x509);
        } catch (CertificateException | RuntimeException e) {
            // the JDK's parsers throw unchecked exceptions on some truncated inputs too
            throw new DocumentFormatException(file, line, 0, "not a readable X.509 certificate");
        }
    }

    private static List<Certificate> fromPkcs12(Path file, byte[] bytes, char[] password) throws DocumentFormatException {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password == null ? new char[0] : password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPasswordException(file);
            }
            throw new DocumentFormatException(file, 0, 0, "not a readable PKCS#12 (.pfx) file");
        } catch (KeyStoreException | NoSuchAlgorithmException | CertificateException | RuntimeException e) {
            throw new DocumentFormatException(file, 0, 0, "not a readable PKCS#12 (.pfx) file");
        }
        List<Certificate> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                // getCertificate gives a key entry's own certificate without touching the key
                if (store.getCertificate(alias) instanceof X509Certificate x509) {
                    out.add(CertificateFacts.of(x509));
                }
            }
        } catch (KeyStoreException | CertificateException e) {
            throw new DocumentFormatException(file, 0, 0, "not a readable PKCS#12 (.pfx) file");
        }
        if (out.isEmpty()) {
            throw new DocumentFormatException(file, 0, 0, "the PKCS#12 file holds no certificate");
        }
        return out;
    }
}
