package org.sitebinder.persistence.iis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.SslRecord;

class NetshReaderCorpusTest {

    private static final String HASH_44307 = "61d34f532da121bbab64723c4871e72c92f03735";
    private static final String HASH_OPC = "75d0fed71881f2141b5b6cb24801dfa554439b1c";

    private final NetshReader reader = new NetshReader();

    /** The record keys and hashes each file of the corpus shows, so a new file cannot go untested. */
    private static final Map<String, List<String>> KEYS_AND_HASHES = Map.of(
            "01-nbstrat-dotfiles-44307-extended.txt", List.of("0.0.0.0:44307 " + HASH_44307),
            "02-nbstrat-dotfiles-44307-header.txt", List.of("0.0.0.0:44307 " + HASH_44307),
            "03-smartsysbg-SmartOpcXmlDoc-collapsed-whitespace.txt", List.of("0.0.0.0:90 " + HASH_OPC, "0.0.0.0:9443 " + HASH_OPC),
            "05-jpazureid-blog-adfs-cba-ts-hostnameport-49443.txt", List.of("sts.test.com:49443 47b90e1e818ba8cf431d404fff232f1ba17bf078"),
            "07-microsoft-azure-pipelines-extensions-issue140-ipport-nullstore.txt", List.of("0.0.0.0:443 5226dc6c54559761cd471b86eb51c096252c90f2"),
            "08-win-acme-issue198-ipv4-webhosting-ipv6-TRUNCATED.txt", List.of("0.0.0.0:443 redacted", "[::]:443 redacted"));

    @Test
    void everyFileOfTheCorpusGivesTheKeysAndHashesItShows() throws Exception {
        Path folder = Corpus.folder("netsh");
        List<String> files = Corpus.files(folder);
        assertThat(files).containsExactlyInAnyOrderElementsOf(KEYS_AND_HASHES.keySet());
        assertThat(Corpus.index(folder)).extracting(row -> row[0]).containsExactlyInAnyOrderElementsOf(files);

        for (String name : files) {
            List<String> actual = read(name).stream().map(r -> r.key() + " " + r.certificateHash()).toList();
            assertThat(actual).as(name).isEqualTo(KEYS_AND_HASHES.get(name));
        }
    }

    @Test
    void extendedPropertiesAreKeptInOrderAfterTheFlags() throws Exception {
        SslRecord record = read("01-nbstrat-dotfiles-44307-extended.txt").get(0);

        assertThat(record.applicationId()).isEqualTo(SslRecord.IIS_EXPRESS_APP_ID);
        assertThat(record.storeName()).isEqualTo("MY");
        List<SslRecord.Field> others = record.otherFields();
        assertThat(others.get(0)).isEqualTo(new SslRecord.Field("Verify Client Certificate Revocation", "Enabled"));
        assertThat(others.subList(others.size() - 7, others.size())).extracting(SslRecord.Field::label, SslRecord.Field::value)
                .containsExactly(
                        tuple("Extended Properties", ""), tuple("PropertyId", "0"), tuple("Receive Window", "1048576"),
                        tuple("Extended Properties", ""), tuple("PropertyId", "1"),
                        tuple("Max Settings Per Frame", "2796202"), tuple("Max Settings Per Minute", "4294967295"));
        // 30 lines: the key, hash, app id and store are fields of their own, the other 26 are kept
        assertThat(others).hasSize(26);
    }

    @Test
    void collapsedWhitespaceRecordsFollowEachOtherWithoutBlankLines() throws Exception {
        List<SslRecord> records = read("03-smartsysbg-SmartOpcXmlDoc-collapsed-whitespace.txt");

        assertThat(records).extracting(SslRecord::storeName).containsExactly("MY", "");
        assertThat(records).extracting(SslRecord::applicationId)
                .containsExactly("{00000000-0000-0000-0000-000000000000}", "{6a6fe14a-e41d-42bd-9829-09a52c00ff86}");
        assertThat(records.get(0).otherFields()).hasSize(9).last()
                .isEqualTo(new SslRecord.Field("Negotiate Client Certificate", "Enabled"));
    }

    @Test
    void commandLineBeforeAHostnameRecordIsIgnoredAndAnnotatedValuesAreKept() throws Exception {
        SslRecord record = read("05-jpazureid-blog-adfs-cba-ts-hostnameport-49443.txt").get(0);

        assertThat(record.key().kind()).isEqualTo(org.sitebinder.domain.SslRecordKey.Kind.HOSTNAME_PORT);
        assertThat(record.ownedByIis()).isFalse();
        assertThat(record.otherFields()).filteredOn(f -> f.label().equals("Ctl Store Name"))
                .singleElement().satisfies(f -> assertThat(f.value()).startsWith("adfsclient ★"));
    }

    @Test
    void indentedNullStoreIsEmpty() throws Exception {
        SslRecord record = read("07-microsoft-azure-pipelines-extensions-issue140-ipport-nullstore.txt").get(0);

        assertThat(record.storeName()).isEmpty();
        assertThat(record.ownedByIis()).isTrue();
    }

    @Test
    void truncatedListingKeepsItsCompleteRecordsAndThePartialOne() throws Exception {
        List<SslRecord> records = read("08-win-acme-issue198-ipv4-webhosting-ipv6-TRUNCATED.txt");

        assertThat(records).extracting(SslRecord::storeName).containsExactly("WebHosting", "MY");
        assertThat(records.get(0).otherFields()).hasSize(9);
        SslRecord partial = records.get(1);
        assertThat(partial.applicationId()).isEqualTo("{ba195980-cd49-458b-9e23-c84ee0adcd75}");
        assertThat(partial.otherFields()).extracting(SslRecord.Field::label)
                .containsExactly("Verify Client Certificate Revocation", "Verify Revocation Using Cached Client Certificate Only",
                        "Usage Check", "R");
    }

    private List<SslRecord> read(String name) throws Exception {
        Path file = Corpus.folder("netsh").resolve(name);
        return reader.read(Files.readAllBytes(file), file);
    }
}
