package org.sitebinder.persistence.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.domain.Certificate;
import org.sitebinder.persistence.DocumentFormatException;

class CertificateImporterTest {
    private static final String PASSWORD = "changeit-test";
    @TempDir
    static Path dir;
    private static Keytool keytool;
    private static Path shopStore;
    private static Path apiStore;
    private static String shopThumbprint;
    private final CertificateImporter importer = new CertificateImporter();

    @BeforeAll
    static void makeCertificates() throws Exception {
        keytool = new Keytool(dir);
        shopStore = keytool.keyPair("shop.pfx", "shop", PASSWORD, "CN=shop.example, O=Contoso Ltd, C=US",
                "dns:shop.example,dns:www.shop.example");
        apiStore = keytool.keyPair("api.p12", "api", PASSWORD, "CN=api.example, O=Contoso Ltd, C=US", "dns:api.example");
        shopThumbprint = keytool.sha1(keytool.export(shopStore, "shop", PASSWORD, "reference.cer", false)).replace(":", "");
    }

    @Test
    void derCerGivesNamesValidityAndTheThumbprintAsIisShowsIt() throws Exception {
        Path cer = keytool.export(shopStore, "shop", PASSWORD, "shop.cer", false);

        List<Certificate> certs = importer.importFile(cer, null);

        assertThat(certs).hasSize(1);
        Certificate c = certs.get(0);
        assertThat(c.subject()).isEqualTo("CN=shop.example, O=Contoso Ltd, C=US");
        assertThat(c.commonName()).isEqualTo("shop.example");
        assertThat(c.issuer()).isEqualTo(c.subject());
        assertThat(c.sans()).containsExactly("shop.example", "www.shop.example");
        assertThat(c.thumbprint()).matches("[0-9A-F]{40}").isEqualTo(shopThumbprint);
        assertThat(Duration.between(c.notBefore(), c.notAfter()).toDays()).isEqualTo(365);
        assertThat(c.notBefore()).isBefore(Instant.now().plusSeconds(60));
    }

    @Test
    void pemCrtIsRead() throws Exception {
        Path crt = keytool.export(shopStore, "shop", PASSWORD, "shop.crt", true);

        assertThat(importer.importFile(crt, null)).extracting(Certificate::thumbprint).containsExactly(shopThumbprint);
    }

    @Test
    void derFileIsRead() throws Exception {
        Path der = keytool.export(apiStore, "api", PASSWORD, "api.der", false);

        assertThat(importer.importFile(der, null)).extracting(Certificate::commonName).containsExactly("api.example");
    }

    @Test
    void pemWithSeveralBlocksGivesEveryCertificateAndSkipsAKeyBlock() throws Exception {
        String shop = Files.readString(keytool.export(shopStore, "shop", PASSWORD, "a.pem", true));
        String api = Files.readString(keytool.export(apiStore, "api", PASSWORD, "b.pem", true));
        // not a real key: the importer must not even try to parse it
        String keyBlock = "-----BEGIN PRIVATE KEY-----\nTm90IGEga2V5\n-----END PRIVATE KEY-----\n";
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, "Bag Attributes: shop\n" + shop + keyBlock + api);

        List<Certificate> certs = importer.importFile(bundle, null);

        assertThat(certs).extracting(Certificate::commonName).containsExactly("shop.example", "api.example");
    }

    @Test
    void pfxGivesItsCertificateWithTheRightPassword() throws Exception {
        List<Certificate> certs = importer.importFile(shopStore, PASSWORD.toCharArray());

        assertThat(certs).extracting(Certificate::thumbprint).containsExactly(shopThumbprint);
        assertThat(certs.get(0).sans()).containsExactly("shop.example", "www.shop.example");
    }

    @Test
    void p12IsReadLikePfx() throws Exception {
        assertThat(importer.importFile(apiStore, PASSWORD.toCharArray()))
                .extracting(Certificate::commonName).containsExactly("api.example");
    }

    @Test
    void aWrongPasswordSaysSoAndNamesTheFile() {
        assertThatThrownBy(() -> importer.importFile(shopStore, "wrong".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage(shopStore + ": the password is wrong (or the PKCS#12 file is damaged)");
    }

    @Test
    void garbageIsAOneLineErrorNamingTheFile() throws Exception {
        Path junk = dir.resolve("junk.cer");
        Files.write(junk, "this is not a certificate at all".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> importer.importFile(junk, null))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage(junk + ": not a readable X.509 certificate");
    }

    @Test
    void aDamagedPemBlockNamesItsLine() throws Exception {
        Path pem = dir.resolve("damaged.pem");
        Files.writeString(pem, "# server\n\n-----BEGIN CERTIFICATE-----\nAAAA!!!!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> importer.importFile(pem, null))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage(pem + ":3: not a readable X.509 certificate");
    }

    @Test
    void aPemWithOnlyAKeySaysThereIsNoCertificate() throws Exception {
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\nTm90IGEga2V5\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> importer.importFile(pem, null))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("no CERTIFICATE block");
    }

    @Test
    void garbageNamedPfxIsNotMistakenForAWrongPassword() throws Exception {
        Path junk = dir.resolve("junk.pfx");
        Files.write(junk, new byte[] {0x30, 0x03, 0x02, 0x01, 0x03, 0x00, 0x7f});

        assertThatThrownBy(() -> importer.importFile(junk, "x".toCharArray()))
                .isInstanceOf(DocumentFormatException.class)
                .isNotInstanceOf(WrongPasswordException.class)
                .hasMessage(junk + ": not a readable PKCS#12 (.pfx) file");
    }
}
