package org.sitebinder.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.CertificateChoice;
import org.sitebinder.ui.viewmodel.Harness;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.ServerViewModel.CertificateRow;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demo server in the real window with the real dialogs: Shop shares 0.0.0.0:443 with three sites. */
@ExtendWith(ApplicationExtension.class)
class SharedEndpointWindowTest {
    private ServerDocument demo;
    private Harness h;

    @Start
    void start(Stage stage) throws Exception {
        demo = Fixtures.demo();
        h = new Harness(demo, new FxPrompts(() -> stage));
        new MainWindow(h.vm, message -> { }).install(stage);
        stage.show();
    }

    @Test
    void deletingShopShowsTheOtherSitesOn443AndCancelLeavesTheDocumentAsItWas(FxRobot robot) {
        deleteShopInTheTree(robot);

        assertThat(dialogSites(robot)).contains("Default Web Site", "Api", "Docs");
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".shared-endpoint-dialog").tryQuery()).isEmpty();
        assertThat(h.workspace.current()).isEqualTo(demo);
        assertThat(h.workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void confirmingDeletesShopAndKeepsTheRecordForTheOthers(FxRobot robot) {
        deleteShopInTheTree(robot);

        robot.clickOn("#delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(h.workspace.current().sites()).extracting(Site::name).doesNotContain("Shop").contains("Api", "Docs");
        assertThat(h.workspace.current().sslRecords()).isEqualTo(demo.sslRecords());
        assertThat(h.workspace.undoLabelProperty().get()).contains("Shop");
    }

    @Test
    void aCertificateChosenInEditBindingAsksForAllSitesOn443AndCancelKeepsTheDialogAndTheDocument(FxRobot robot) {
        int shop = indexOf("Shop");
        robot.interact(() -> {
            h.vm.selectedSiteProperty().set(shop);
            h.vm.selectedBindingProperty().set(1);
        });
        robot.clickOn("Edit Binding…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<CertificateChoice> certificate = robot.lookup(".binding-dialog #certificate").queryAs(ComboBox.class);
        assertThat(certificate.getValue().text()).isEqualTo("shop.example (expires 2028-06-30)");
        assertThat(robot.lookup(".binding-dialog #thumbprint").queryAs(Label.class).getText())
                .isEqualTo("Thumbprint: 3F1C0A7BE2D94C56A8E1B0F27D6C4E9A15B3D802");

        robot.interact(() -> certificate.setValue(certificate.getItems().stream()
                .filter(c -> c.text().startsWith("careers.example")).findFirst().orElseThrow()));
        DialogPane binding = robot.lookup(".binding-dialog").queryAs(DialogPane.class);
        robot.clickOn(binding.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogSites(robot)).containsExactly("Default Web Site", "Shop", "Api", "Docs");
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(binding.getScene().getWindow().isShowing()).isTrue();
        assertThat(h.workspace.current()).isEqualTo(demo);
        robot.interact(() -> binding.getScene().getWindow().hide());
    }

    @Test
    void anExpiredCertificateIsMarkedOnTheCertificatesPage(FxRobot robot) {
        robot.interact(() -> h.vm.pageProperty().set(Page.CERTIFICATES));
        WaitForAsyncUtils.waitForFxEvents();

        TableRow<?> marketing = certificateRow(robot, "marketing.example");
        assertThat(marketing.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("error"));
        assertThat(certificateRow(robot, "careers.example").getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("error"));
    }

    private static TableRow<?> certificateRow(FxRobot robot, String name) {
        return robot.lookup(".certificates-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof CertificateRow c && c.name().equals(name)).findFirst().orElseThrow();
    }

    private int indexOf(String name) {
        for (int i = 0; i < demo.sites().size(); i++) {
            if (demo.sites().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    private void deleteShopInTheTree(FxRobot robot) {
        ConnectionCell shop = robot.lookup(".connection-cell").queryAllAs(ConnectionCell.class).stream()
                .filter(c -> "Shop".equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(shop);
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> dialogSites(FxRobot robot) {
        DialogPane pane = robot.lookup(".shared-endpoint-dialog").queryAs(DialogPane.class);
        TableView<SharedEndpointRow> table = (TableView<SharedEndpointRow>) pane.lookup(".table-view");
        return table.getItems().stream().map(SharedEndpointRow::site).toList();
    }
}
