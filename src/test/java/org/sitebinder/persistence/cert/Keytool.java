package org.sitebinder.persistence.cert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the JDK's keytool, so test certificates are made fresh in a temporary folder and no key is committed. */
public final class Keytool {
    private final Path dir;

    public Keytool(Path dir) {
        this.dir = dir;
    }

    /** A PKCS#12 store with one EC key pair and its self-signed certificate. */
    public Path keyPair(String file, String alias, String password, String dname, String sanDnsNames) throws IOException, InterruptedException {
        Path store = dir.resolve(file);
        run("-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", password,
                "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "365", "-dname", dname,
                "-ext", "SAN=" + sanDnsNames);
        return store;
    }

    /** The certificate of {@code alias}, DER or PEM ({@code -rfc}). */
    Path export(Path store, String alias, String password, String file, boolean pem) throws IOException, InterruptedException {
        Path out = dir.resolve(file);
        List<String> args = new ArrayList<>(List.of("-exportcert", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", password, "-alias", alias, "-file", out.toString()));
        if (pem) {
            args.add("-rfc");
        }
        run(args.toArray(String[]::new));
        return out;
    }

    /** The SHA-1 fingerprint keytool prints for a certificate file, as {@code AA:BB:...}. */
    String sha1(Path certificate) throws IOException, InterruptedException {
        for (String line : run("-printcert", "-file", certificate.toString()).split("\\R")) {
            String t = line.trim();
            if (t.startsWith("SHA1:")) {
                return t.substring(5).trim();
            }
        }
        throw new IllegalStateException("keytool printed no SHA1 fingerprint");
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-J-Duser.language=en");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
