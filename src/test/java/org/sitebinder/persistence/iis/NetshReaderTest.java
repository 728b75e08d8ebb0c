package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.persistence.DocumentFormatException;

class NetshReaderTest {

    private static final Path FILE = Path.of("sslcert.txt");

    private static final String LISTING = """

            SSL Certificate bindings:
            -------------------------

                IP:port                      : 0.0.0.0:443
                Certificate Hash             : 8d90a17d2851f802b0a5619bf695b03544b8f5cb
                Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
                Certificate Store Name       : MY
                Verify Client Certificate Revocation : Enabled
                Negotiate Client Certificate : Disabled

                Hostname:port                : Shop.Example:443
                Certificate Hash             : 1111111111111111111111111111111111111111
                Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
                Certificate Store Name       : WebHosting

                Central Certificate Store    : 443
                Certificate Hash             : (null)
                Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}
                Certificate Store Name       : (null)

                IP:port                      : [::1]:8443
                Certificate Hash             : 2222222222222222222222222222222222222222
                Application ID               : {214124cd-d05b-4309-9af9-9caa44b2b74a}
                Certificate Store Name       : MY

            """;

    private final NetshReader reader = new NetshReader();

    @Test
    void readsIpHostnameAndCcsRecords() throws Exception {
        List<SslRecord> records = read(LISTING);

        assertThat(records).extracting(SslRecord::key).containsExactly(
                SslRecordKey.ipPort("0.0.0.0", 443), SslRecordKey.hostnamePort("shop.example", 443),
                SslRecordKey.ccs(443), SslRecordKey.parse("[::1]:8443"));
        assertThat(records.get(0).otherFields()).containsExactly(
                new SslRecord.Field("Verify Client Certificate Revocation", "Enabled"),
                new SslRecord.Field("Negotiate Client Certificate", "Disabled"));
        SslRecord ccs = records.get(2);
        assertThat(ccs.key().toString()).isEqualTo("443");
        assertThat(ccs.certificateHash()).isEqualTo("(null)");
        assertThat(ccs.storeName()).isEmpty();
        assertThat(ccs.ownedByIis()).isTrue();
    }

    @Test
    void utf16LittleEndianWithBomAsPowerShellWritesIt() throws Exception {
        byte[] body = LISTING.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(reader.read(bytes, FILE)).isEqualTo(read(LISTING));
    }

    @Test
    void utf16BigEndianWithBomAndUtf8WithBom() throws Exception {
        byte[] be = ("\uFEFF" + LISTING).getBytes(StandardCharsets.UTF_16BE);
        byte[] utf8 = ("\uFEFF" + LISTING).getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read(be, FILE)).hasSize(4).isEqualTo(reader.read(utf8, FILE));
    }

    @Test
    void crlfAndLoneCrLineEndsReadLikeLf() throws Exception {
        assertThat(read(LISTING.replace("\n", "\r\n"))).isEqualTo(read(LISTING));
        assertThat(read(LISTING.replace("\n", "\r"))).isEqualTo(read(LISTING));
    }

    @Test
    void promptAndCommandLineBeforeTheListingAreIgnored() throws Exception {
        assertThat(read("C:\\Windows\\system32>netsh http show sslcert\n" + LISTING)).isEqualTo(read(LISTING));
        assertThat(read("PS C:\\> netsh http show sslcert > sslcert.txt\n" + LISTING)).isEqualTo(read(LISTING));
    }

    @Test
    void withoutTheHeaderTheRecordsAreStillRead() throws Exception {
        String noHeader = LISTING.replace("SSL Certificate bindings:", "").replace("-------------------------", "");

        assertThat(read(noHeader)).isEqualTo(read(LISTING));
    }

    @Test
    void headerWithoutRecordsIsAnEmptyTable() throws Exception {
        assertThat(read("\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n\r\n")).isEmpty();
    }

    @Test
    void textWithNeitherHeaderNorRecordIsBadInput() {
        assertThatThrownBy(() -> read("The following command was not found: http show sslcert.\n"))
                .isInstanceOfSatisfying(DocumentFormatException.class, e -> assertThat(e.file()).isEqualTo(FILE))
                .hasMessage("sslcert.txt: no SSL certificate bindings found (not the output of 'netsh http show sslcert')");
        assertThatThrownBy(() -> reader.read(new byte[0], FILE)).isInstanceOf(DocumentFormatException.class);
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, FILE))
                .isInstanceOf(DocumentFormatException.class);
    }

    @Test
    void badKeyLineNamesItsLineAndColumn() {
        String listing = "SSL Certificate bindings:\n\n    IP:port                      : 0.0.0.0:99999\n";

        assertThatThrownBy(() -> read(listing)).isInstanceOfSatisfying(DocumentFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(36);
            assertThat(e.getMessage()).isEqualTo("sslcert.txt:3:36: '0.0.0.0:99999' is not an IP:port key (0.0.0.0:443, [::]:443, 10.0.0.5:443)");
        });
    }

    @Test
    void ccsLineWithAnAddressIsABadKey() {
        assertThatThrownBy(() -> read("Central Certificate Store : 0.0.0.0:443\n"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("is not a Central Certificate Store port");
    }

    @Test
    void listingCutOffRightAfterAKeyLabelKeepsTheRecordsBeforeIt() throws Exception {
        String cut = LISTING.strip() + "\n\n    IP:port                      ";

        assertThat(read(cut)).isEqualTo(read(LISTING));
    }

    @Test
    void keyLabelWithoutValueInTheMiddleIsABadKey() {
        assertThatThrownBy(() -> read("Hostname:port :\nCertificate Hash : ab\n"))
                .isInstanceOfSatisfying(DocumentFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("is not a Hostname:port key");
    }

    @Test
    void ipv4AnySpelledWithExtraZerosIsTheZeroAddressKey() throws Exception {
        SslRecord record = read("IP:port : 0.00.0.0:443\n").get(0);

        assertThat(record.key()).isEqualTo(SslRecordKey.ipPort("0.0.0.0", 443));
        assertThat(record.key().toString()).isEqualTo("0.0.0.0:443");
    }

    @Test
    void hostnameThatLooksLikeAnAddressStaysAHostnameKey() throws Exception {
        assertThat(read("Hostname:port : 10.0.0.1:443\nHostname:port : 0.00.0.0:443\n")).extracting(SslRecord::key)
                .containsExactly(SslRecordKey.hostnamePort("10.0.0.1", 443), SslRecordKey.hostnamePort("0.00.0.0", 443));
    }

    @Test
    void collapsedWhitespaceAndTabsSplitOnTheFirstSpacedColon() throws Exception {
        SslRecord record = read("IP:port : 10.0.0.5:443\nCertificate Hash\t: ab cd\nCustom : a : b\n").get(0);

        assertThat(record.key()).isEqualTo(SslRecordKey.ipPort("10.0.0.5", 443));
        assertThat(record.certificateHash()).isEqualTo("ab cd");
        assertThat(record.otherFields()).containsExactly(new SslRecord.Field("Custom", "a : b"));
    }

    private List<SslRecord> read(String text) throws Exception {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), FILE);
    }
}
