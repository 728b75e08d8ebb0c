package org.sitebinder.ui.view.ssl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitebinder.editing.ssl.SharedRecords.ANY_443;
import static org.sitebinder.editing.ssl.SharedRecords.NEW;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.editing.ssl.SharedRecords;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SharedEndpointDialogTest {
    private static final BindingRef SHOP_HTTPS = new BindingRef(SharedRecords.SHOP, 1);
    private final ServerDocument doc = SharedRecords.document();
    private Stage owner;
    private SharedEndpointDialog dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null && dialog.isShowing()) {
            robot.interact(dialog::close);
        }
    }

    @Test
    void remapOnTheDemoServerListsEverySiteOn443IncludingTheFallbackOne(FxRobot robot) throws Exception {
        ServerDocument demo = Fixtures.demo();
        show(robot, () -> SharedEndpointViewModel.remap(demo, ANY_443, NEW, new BindingRef(1, 1)));

        assertThat(column(robot, "Site")).containsExactly("Default Web Site", "Shop", "Api", "Docs");
        assertThat(column(robot, "Binding")).contains("https 10.0.0.9:443:docs.example");
        assertThat(column(robot, "Record")).containsOnly("0.0.0.0:443");
        assertThat(column(robot, "Current certificate"))
                .containsOnly("shop.example (3F1C0A7BE2D94C56A8E1B0F27D6C4E9A15B3D802)");
        assertThat(text(robot, "#headline")).isEqualTo("Certificate for 0.0.0.0:443 is shared by 4 sites");
        assertThat(text(robot, "#question")).contains("Are you sure that you want to reuse this HTTPS binding")
                .contains("(Default Web Site, Api, Docs)");
        assertThat(text(robot, "#explanation")).startsWith("http.sys keeps one certificate per IP:port");
        assertThat(button(robot, "#change-for-all").getText()).isEqualTo("Change for all 4 sites");
        assertThat(button(robot, "#use-sni").getText()).isEqualTo("Use SNI for this binding");
    }

    @Test
    void changeForAllReturnsItsChoice(FxRobot robot) {
        SharedEndpointViewModel vm = show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS));

        robot.clickOn("#change-for-all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(Choice.CHANGE_FOR_ALL);
        assertThat(vm.choice()).isEqualTo(Choice.CHANGE_FOR_ALL);
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void useSniReturnsItsChoice(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS));

        robot.clickOn("#use-sni");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(Choice.USE_SNI);
    }

    @Test
    void aBindingWithoutHostNameGetsNoSniButton(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, new BindingRef(SharedRecords.DEFAULT, 1)));

        assertThat(robot.lookup("#use-sni").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sni-explanation").tryQuery()).isEmpty();
        assertThat(robot.lookup("#change-for-all").tryQuery()).isPresent();
    }

    @Test
    void cancelReturnsTheCancelChoice(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS));

        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(Choice.CANCEL);
    }

    @Test
    void cancelIsTheDefaultButtonAndEscapeCancels(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS));
        assertThat(button(robot, "#cancel").isDefaultButton()).isTrue();
        assertThat(button(robot, "#change-for-all").isDefaultButton()).isFalse();

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo(Choice.CANCEL);
    }

    @Test
    void deleteWithoutTheBoxKeepsTheRecord(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.deleteSite(doc, SharedRecords.SHOP));

        assertThat(column(robot, "Site")).containsExactly("Default Web Site", "Docs");
        assertThat(column(robot, "New certificate")).containsOnly("unchanged");
        assertThat(text(robot, "#explanation")).isEqualTo(
                "The record 0.0.0.0:443 is still used by 2 other sites and will be kept. Tick the box to remove it as well.");
        assertThat(robot.lookup("#change-for-all").tryQuery()).isEmpty();
        robot.clickOn("#delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(Choice.delete(false));
    }

    @Test
    void deleteWithTheBoxRemovesTheRecordTooAndSaysSoFirst(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.deleteSite(doc, SharedRecords.SHOP));

        robot.clickOn("Also remove the SSL record");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#explanation")).isEqualTo(
                "The record 0.0.0.0:443 will be removed as well: the 2 other sites listed lose this certificate.");
        assertThat(column(robot, "New certificate")).containsOnly("(none: record removed)");
        robot.clickOn("#delete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(Choice.delete(true));
    }

    @Test
    void aRemapHasNoRemoveRecordBox(FxRobot robot) {
        show(robot, () -> SharedEndpointViewModel.remap(doc, ANY_443, NEW, SHOP_HTTPS));

        assertThat(robot.lookup("#remove-record-too").tryQuery()).isEmpty();
        assertThat(robot.lookup("#delete").tryQuery()).isEmpty();
    }

    private SharedEndpointViewModel show(FxRobot robot, java.util.function.Supplier<SharedEndpointViewModel> model) {
        AtomicReference<SharedEndpointViewModel> vm = new AtomicReference<>();
        robot.interact(() -> {
            vm.set(model.get());
            dialog = new SharedEndpointDialog(vm.get());
            dialog.initOwner(owner);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm.get();
    }

    private static List<String> column(FxRobot robot, String title) {
        TableView<?> table = robot.lookup("#affected-sites").queryAs(TableView.class);
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
        return robot.lookup("#affected-sites .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == column && !cell.isEmpty() && cell.getTableRow() != null
                        && cell.getTableRow().getItem() != null)
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(TableCell::getText)
                .toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }
}
