package org.sitebinder.editing.ssl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitebinder.editing.ssl.SharedRecords.ANY_443;
import static org.sitebinder.editing.ssl.SharedRecords.ANY_5986;
import static org.sitebinder.editing.ssl.SharedRecords.ANY_8443;
import static org.sitebinder.editing.ssl.SharedRecords.NEW;
import static org.sitebinder.editing.ssl.SharedRecords.OLD;
import static org.sitebinder.editing.ssl.SharedRecords.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.domain.SslRecordKey;
import org.sitebinder.engine.Affected;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.engine.ImpactAnalyzer;

class SslOperationsTest {
    private static final BindingRef SHOP_HTTPS = new BindingRef(SharedRecords.SHOP, 1);
    private final SslOperations ops = new SslOperations();
    private final ServerDocument doc = SharedRecords.document();

    @Test
    void remapChangesTheRecordForEverySiteAndNothingElse() {
        SslEdit edit = ops.remapRecord(doc, ANY_443, NEW);

        List<SslRecord> expected = new ArrayList<>(doc.sslRecords());
        expected.set(0, doc.sslRecords().get(0).withCertificateHash(NEW.toLowerCase()));
        assertThat(edit.document()).isEqualTo(doc.withSslRecords(expected));
        assertThat(edit.label()).isEqualTo("Change certificate of 0.0.0.0:443 for 3 sites");
        assertThat(edit.removedRecords()).isEmpty();
    }

    @Test
    void decidingNotToCallLeavesTheDocumentAsItWas() {
        ops.remapRecord(doc, ANY_443, NEW);
        ops.deleteSite(doc, SharedRecords.SHOP, true);
        ops.giveOwnSniRecord(doc, SHOP_HTTPS, NEW);

        assertThat(doc).isEqualTo(SharedRecords.document());
    }

    @Test
    void ownSniRecordTakesTheBindingOffTheSharedRecordAndLeavesTheOthersOnIt() {
        SslEdit edit = ops.giveOwnSniRecord(doc, SHOP_HTTPS, NEW);
        ServerDocument next = edit.document();

        Binding shop = next.sites().get(SharedRecords.SHOP).bindings().get(1);
        assertThat(shop.sni()).isTrue();
        assertThat(shop.bindingInformation()).isEqualTo("*:443:shop.example");
        SslRecord own = record(next, SslRecordKey.hostnamePort("shop.example", 443));
        assertThat(own.thumbprintKey()).isEqualTo(NEW.toLowerCase());
        assertThat(own.storeName()).isEqualTo("MY");
        assertThat(own.ownedByIis()).isTrue();
        assertThat(record(next, ANY_443).certificateHash()).isEqualTo(OLD);
        assertThat(sitesServedBy(next, ANY_443)).containsExactly("Default Web Site", "Docs");
        assertThat(sitesServedBy(next, own.key())).containsExactly("Shop");
        assertThat(edit.label()).isEqualTo("Give 'Shop' its own certificate on shop.example:443 (SNI)");
    }

    @Test
    void aBindingWithoutHostNameCannotGetItsOwnSniRecord() {
        BindingRef defaultHttps = new BindingRef(SharedRecords.DEFAULT, 1);

        assertThat(SslOperations.canHaveOwnSniRecord(doc.sites().get(0).bindings().get(1))).isFalse();
        assertThatThrownBy(() -> ops.giveOwnSniRecord(doc, defaultHttps, NEW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingASiteKeepsTheRecordOtherSitesStillUse() {
        SslEdit edit = ops.deleteSite(doc, SharedRecords.SHOP, false);

        assertThat(edit.document().sites()).extracting(Site::name).doesNotContain("Shop");
        assertThat(edit.document().sslRecords()).isEqualTo(doc.sslRecords());
        assertThat(edit.keptRecords()).containsExactly(ANY_443);
        assertThat(edit.removedRecords()).isEmpty();
        assertThat(edit.label()).isEqualTo("Delete site 'Shop'");
    }

    @Test
    void deletingASiteRemovesTheSharedRecordOnlyWhenAskedTo() {
        SslEdit edit = ops.deleteSite(doc, SharedRecords.SHOP, true);

        assertThat(record(edit.document(), ANY_443)).isNull();
        assertThat(edit.removedRecords()).containsExactly(ANY_443);
        assertThat(edit.label()).isEqualTo("Delete site 'Shop' and SSL record 0.0.0.0:443");
    }

    @Test
    void aRecordOnlyTheDeletedSiteUsedGoesWithIt() {
        SslEdit edit = ops.deleteSite(doc, SharedRecords.SOLO_SITE, false);

        assertThat(record(edit.document(), ANY_8443)).isNull();
        assertThat(edit.removedRecords()).containsExactly(ANY_8443);
        assertThat(edit.label()).isEqualTo("Delete site 'Solo' and SSL record 0.0.0.0:8443");
    }

    @Test
    void anotherProgramsRecordStaysWhenTheOnlySiteOnItIsDeleted() {
        SslEdit edit = ops.deleteSite(doc, SharedRecords.REMOTE, false);

        assertThat(record(edit.document(), ANY_5986)).isNotNull();
        assertThat(edit.keptRecords()).containsExactly(ANY_5986);
    }

    @Test
    void removingABindingKeepsARecordAnotherBindingOfTheSameSiteStillUses() {
        SslEdit edit = ops.removeBinding(doc, new BindingRef(SharedRecords.SOLO_SITE, 0), false);

        assertThat(record(edit.document(), ANY_8443)).isNotNull();
        assertThat(edit.keptRecords()).containsExactly(ANY_8443);
        assertThat(edit.document().sites().get(SharedRecords.SOLO_SITE).bindings()).extracting(Binding::display)
                .containsExactly("https *:8443:solo.example");
        assertThat(edit.label()).isEqualTo("Remove binding https *:8443: from 'Solo'");
    }

    @Test
    void removingASharedBindingKeepsOrRemovesTheRecordAsChosen() {
        assertThat(record(ops.removeBinding(doc, SHOP_HTTPS, false).document(), ANY_443)).isNotNull();

        SslEdit removing = ops.removeBinding(doc, SHOP_HTTPS, true);
        assertThat(record(removing.document(), ANY_443)).isNull();
        assertThat(removing.removedRecords()).containsExactly(ANY_443);
    }

    @Test
    void removingARecordSaysHowManySitesUsedIt() {
        SslEdit edit = ops.removeRecord(doc, ANY_443);

        assertThat(record(edit.document(), ANY_443)).isNull();
        assertThat(edit.document().sites()).isEqualTo(doc.sites());
        assertThat(edit.label()).isEqualTo("Remove SSL record 0.0.0.0:443 used by 3 sites");
    }

    @Test
    void unknownRecordsAndBadThumbprintsAreRefused() {
        assertThatThrownBy(() -> ops.remapRecord(doc, SslRecordKey.ipPort("10.0.0.9", 443), NEW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no SSL record 10.0.0.9:443");
        assertThatThrownBy(() -> ops.remapRecord(doc, ANY_443, "not-a-thumbprint"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void importedCertificatesJoinTheDocumentAndReplaceTheSameThumbprint() {
        Certificate renewed = new Certificate(NEW.toLowerCase(), "CN=www.example, O=Contoso Ltd, C=US", List.of("www.example"),
                "CN=Contoso Issuing CA 02", Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2028-11-01T00:00:00Z"));
        Certificate other = new Certificate("00112233445566778899AABBCCDDEEFF00112233", "CN=other.example", List.of(),
                "CN=other.example", Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-11-01T00:00:00Z"));

        SslEdit one = ops.addCertificates(doc, List.of(renewed));
        SslEdit two = ops.addCertificates(doc, List.of(renewed, other));

        assertThat(one.document().certificates()).hasSize(doc.certificates().size())
                .filteredOn(c -> c.thumbprintKey().equals(NEW.toLowerCase()))
                .extracting(Certificate::issuer).containsExactly("CN=Contoso Issuing CA 02");
        assertThat(one.label()).isEqualTo("Import certificate www.example");
        assertThat(two.document().certificates()).hasSize(doc.certificates().size() + 1);
        assertThat(two.label()).isEqualTo("Import 2 certificates");
    }

    @Test
    void theRecordABindingsCertificateFieldSetsFollowsTheLookup() {
        assertThat(ops.recordFor(doc, SHOP_HTTPS)).contains(ANY_443);
        assertThat(ops.recordFor(doc, new BindingRef(SharedRecords.DOCS, 0))).as("through the fallback").contains(ANY_443);
        assertThat(ops.recordFor(doc, new BindingRef(SharedRecords.INTRANET_SITE, 0)))
                .contains(SslRecordKey.hostnamePort("intranet.example", 443));
    }

    @Test
    void assigningACertificateRemapsTheServingRecordOrAddsTheOneTheBindingNeeds() {
        assertThat(ops.assignCertificate(doc, SHOP_HTTPS, NEW).label()).isEqualTo("Change certificate of 0.0.0.0:443 for 3 sites");

        ServerDocument withNewSite = doc.withAddedSite(new Site(7L, "Fresh", List.of(Binding.of("https", "10.0.0.7:9443:"))));
        SslEdit added = ops.assignCertificate(withNewSite, new BindingRef(6, 0), NEW);

        SslRecord record = record(added.document(), SslRecordKey.ipPort("10.0.0.7", 9443));
        assertThat(record.thumbprintKey()).isEqualTo(NEW.toLowerCase());
        assertThat(record.ownedByIis()).isTrue();
        assertThat(added.label()).isEqualTo("Add SSL record 10.0.0.7:9443 for 'Fresh'");
        assertThat(added.document().sslRecords()).hasSize(doc.sslRecords().size() + 1);
    }

    static List<String> sitesServedBy(ServerDocument doc, SslRecordKey key) {
        return new ImpactAnalyzer().remapRecord(doc, key).affected().stream().map(Affected::site).distinct().toList();
    }
}
