package org.sitebinder.bench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.BindingEngine;
import org.sitebinder.engine.BindingRef;
import org.sitebinder.persistence.json.JsonDocumentStore;
import org.sitebinder.ui.view.MainWindow;
import org.sitebinder.ui.viewmodel.BindingDialogViewModel;
import org.sitebinder.ui.viewmodel.DocumentFiles;
import org.sitebinder.ui.viewmodel.MainViewModel;
import org.sitebinder.ui.viewmodel.Page;
import org.sitebinder.ui.viewmodel.RecentFiles;
import org.sitebinder.ui.viewmodel.ScriptedPrompts;
import org.sitebinder.ui.viewmodel.Session;
import org.sitebinder.ui.viewmodel.Tasks;
import org.sitebinder.ui.viewmodel.Workspace;

/**
 * How long opening a large document takes, step by step: reading the JSON, the first full check
 * (background in the app), building the view models, and with {@code --window} also putting it in
 * the real window (headless Monocle) up to the first rendered pulse. Then one edit with its
 * incremental re-check, which runs on the FX thread.
 *
 * <pre>
 * mvn -B -q -o package -DskipTests
 * java -cp target/sitebinder.jar:target/test-classes org.sitebinder.bench.ui.UiBenchmark 10000
 * java -cp target/sitebinder.jar:target/test-classes:$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar \
 *      org.sitebinder.bench.ui.UiBenchmark 10000 --window
 * </pre>
 */
public final class UiBenchmark {
    private static final int ROUNDS = 7;

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean window = Arrays.asList(args).contains("--window");
        ServerDocument generated = LargeServer.generate(n, 42);
        JsonDocumentStore store = new JsonDocumentStore();
        byte[] json = store.write(generated);
        System.out.printf(Locale.ROOT, "%d sites, %d bindings, %d SSL records, JSON %.1f MB%n", n,
                generated.sites().stream().mapToInt(s -> s.bindings().size()).sum(), generated.sslRecords().size(),
                json.length / 1e6);
        if (window) {
            headless();
            CountDownLatch up = new CountDownLatch(1);
            Platform.startup(up::countDown);
            up.await();
            // each round closes its window; the toolkit must outlive it
            Platform.setImplicitExit(false);
        }
        List<long[]> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            rounds.add(window ? roundWithWindow(store, json) : round(store, json));
        }
        report(rounds.subList(2, rounds.size()), window);
        if (!window) {
            typing(store, json);
            dialogTyping(store, json);
            actions(store, json);
        }
        if (window) {
            Platform.exit();
        }
    }

    /**
     * An admin typing: 300 edits in a row on one document, each re-checked and shown in the view
     * models. The first edits run before the JIT has compiled the edit path; the steady state is the
     * median of the last 100.
     */
    private static void typing(JsonDocumentStore store, byte[] json) throws Exception {
        Workspace ws = new Workspace(new BindingEngine(), new Tasks(Runnable::run, Runnable::run));
        MainViewModel vm = viewModel(ws);
        ws.adopt(ws.prepare(store.read(json, Path.of("bench.json")), Path.of("bench.json"), null, null, "bench"));
        vm.selectedSiteProperty().set(0);
        long[] times = new long[300];
        for (int i = 0; i < times.length; i++) {
            BindingRef ref = new BindingRef(ws.current().sites().size() / 2, 1);
            String info = i % 2 == 0 ? "*:80:shop.hosting.example" : "*:443:site1.hosting.example";
            long t0 = System.nanoTime();
            ws.push(Edits.editBinding(ws.current(), ref, Binding.of("http", info)));
            times[i] = System.nanoTime() - t0;
        }
        long[] steady = Arrays.copyOfRange(times, 200, 300);
        Arrays.sort(steady);
        System.out.printf(Locale.ROOT, "  typing: first edit %.1f ms; edit + re-check + view models, median of the last 100 of 300: %.2f ms, p90 %.2f ms%n",
                times[0] / 1e6, steady[50] / 1e6, steady[90] / 1e6);
    }

    /**
     * An admin typing a host name into the Edit Site Binding dialog, which checks the binding as it
     * stands after every keystroke and marks the fields at fault before OK. Each keystroke's time
     * runs from setting the field to the dialog showing its result (the worker runs in place here).
     * Three rounds of 20 characters; the median and the worst keystroke of the last round, and how
     * long the last round's dialog took to open (its first check included).
     */
    private static void dialogTyping(JsonDocumentStore store, byte[] json) throws Exception {
        Workspace ws = new Workspace(new BindingEngine(), new Tasks(Runnable::run, Runnable::run));
        MainViewModel vm = viewModel(ws);
        ws.adopt(ws.prepare(store.read(json, Path.of("bench.json")), Path.of("bench.json"), null, null, "bench"));
        int site = ws.current().sites().size() / 2;
        vm.selectedSiteProperty().set(site);
        String typed = "shop.hosting.example";
        long[] times = new long[typed.length()];
        long opening = 0;
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            BindingDialogViewModel dialog = vm.bindingDialog(new BindingRef(site, 0));
            opening = System.nanoTime() - t;
            dialog.hostProperty().set("");
            for (int i = 0; i < typed.length(); i++) {
                long revision = dialog.checkRevisionProperty().get();
                long t0 = System.nanoTime();
                dialog.hostProperty().set(typed.substring(0, i + 1));
                times[i] = System.nanoTime() - t0;
                if (dialog.checkRevisionProperty().get() == revision) {
                    throw new IllegalStateException("the dialog did not show a check of the typed host");
                }
            }
        }
        long[] https = new long[5];
        for (int i = 0; i < https.length; i++) {
            long t = System.nanoTime();
            vm.bindingDialog(new BindingRef(site, 2));
            https[i] = System.nanoTime() - t;
        }
        Arrays.sort(https);
        System.out.printf(Locale.ROOT, "  Edit Site Binding dialog on an https binding (finds the record and certificate it is served by),"
                + " opened in: median %.1f ms of %d%n", https[https.length / 2] / 1e6, https.length);
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  Edit Site Binding dialog: opened with its first check in %.1f ms; typing a host, per keystroke until"
                + " the dialog shows the check (third round of %d characters): median %.2f ms, max %.2f ms%n", opening / 1e6,
                times.length, sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /**
     * What the admin's other clicks cost on this server, each the fastest of three (the worker runs
     * in place, so a re-check is included): showing a page right after an edit (each page builds
     * its tables when shown), the shared-endpoint questions of deleting a site and removing an https
     * binding (answered No), and the edits that follow a click.
     */
    private static void actions(JsonDocumentStore store, byte[] json) throws Exception {
        ScriptedPrompts prompts = new ScriptedPrompts();
        Tasks tasks = new Tasks(Runnable::run, Runnable::run);
        Workspace ws = new Workspace(new BindingEngine(), tasks);
        DocumentFiles files = new DocumentFiles(ws, tasks, prompts, (f, l) -> {
            throw new IllegalStateException("the benchmark opens no file: it builds its document in memory");
        }, new JsonDocumentStore(), new RecentFiles(List.of(), l -> { }));
        MainViewModel vm = new MainViewModel(ws, tasks, prompts, files);
        ws.adopt(ws.prepare(store.read(json, Path.of("bench.json")), Path.of("bench.json"), null, null, "bench"));
        int site = ws.current().sites().size() / 2;
        vm.selectedSiteProperty().set(site);
        System.out.println("  clicks (fastest of 3):");
        for (Page page : List.of(Page.SERVER, Page.SSL_RECORDS, Page.CERTIFICATES, Page.ENDPOINTS)) {
            clock("show " + page + " after an edit", () -> {
                vm.pageProperty().set(Page.SITE);
                vm.startStop();
            }, () -> vm.pageProperty().set(page));
        }
        vm.pageProperty().set(Page.SITE);
        vm.selectedSiteProperty().set(site);
        clock("Stop/Start Site", () -> { }, vm::startStop);
        clock("undo", () -> { }, vm::undo);
        clock("Delete Site, asked and answered No", () -> prompts.confirmations.add(false), vm::deleteSite);
        vm.selectedBindingProperty().set(2);
        clock("Remove https binding, asked and answered No", () -> prompts.confirmations.add(false), vm::removeBinding);
    }

    private static void clock(String what, Runnable before, Runnable action) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            before.run();
            long t0 = System.nanoTime();
            action.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "    %-46s %8.1f ms%n", what, best / 1e6);
    }

    /** read, check, view models, (window), edit: nanoseconds each. */
    private static long[] round(JsonDocumentStore store, byte[] json) throws Exception {
        long t0 = System.nanoTime();
        ServerDocument doc = store.read(json, Path.of("bench.json"));
        long t1 = System.nanoTime();
        Workspace ws = new Workspace(new BindingEngine(), new Tasks(Runnable::run, Runnable::run));
        Session session = ws.prepare(doc, Path.of("bench.json"), null, null, "bench");
        long t2 = System.nanoTime();
        MainViewModel vm = viewModel(ws);
        ws.adopt(session);
        vm.selectedSiteProperty().set(0);
        long t3 = System.nanoTime();
        long[] edit = edits(ws);
        return new long[] {t1 - t0, t2 - t1, t3 - t2, 0, edit[0], edit[1], vm.findings().visibleRows().size()};
    }

    private static long[] roundWithWindow(JsonDocumentStore store, byte[] json) throws Exception {
        long t0 = System.nanoTime();
        ServerDocument doc = store.read(json, Path.of("bench.json"));
        long t1 = System.nanoTime();
        Workspace ws = new Workspace(new BindingEngine(), new Tasks(Runnable::run, Runnable::run));
        Session session = ws.prepare(doc, Path.of("bench.json"), null, null, "bench");
        long t2 = System.nanoTime();
        AtomicLong vmDone = new AtomicLong();
        AtomicLong shown = new AtomicLong();
        long[] edit = new long[2];
        long[] findings = new long[1];
        Stage[] stage = new Stage[1];
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
          try {
            MainViewModel vm = viewModel(ws);
            stage[0] = new Stage();
            new MainWindow(vm, m -> { }).install(stage[0]);
            stage[0].show();
            ws.adopt(session);
            vm.selectedSiteProperty().set(0);
            vmDone.set(System.nanoTime());
            findings[0] = vm.findings().visibleRows().size();
            // the next runnable runs after the pulse that lays out and renders the opened document
            Platform.runLater(() -> Platform.runLater(() -> {
                shown.set(System.nanoTime());
                System.arraycopy(edits(ws), 0, edit, 0, 2);
                stage[0].close();
                done.countDown();
            }));
          } catch (RuntimeException | Error e) {
            failure[0] = e;
            done.countDown();
          }
        });
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException("the window could not be built", failure[0]);
        }
        return new long[] {t1 - t0, t2 - t1, vmDone.get() - t2, shown.get() - t2, edit[0], edit[1], findings[0]};
    }

    private static MainViewModel viewModel(Workspace ws) {
        ScriptedPrompts prompts = new ScriptedPrompts();
        Tasks tasks = new Tasks(Runnable::run, Runnable::run);
        DocumentFiles files = new DocumentFiles(ws, tasks, prompts, (f, l) -> {
            throw new IllegalStateException("the benchmark opens no file: it builds its document in memory");
        }, new JsonDocumentStore(), new RecentFiles(List.of(), l -> { }));
        return new MainViewModel(ws, tasks, prompts, files);
    }

    /** A typical edit (another host name for one binding), then the worst kind: http onto the port every site's https uses. */
    private static long[] edits(Workspace ws) {
        long t0 = System.nanoTime();
        ws.push(Edits.editBinding(ws.current(), new BindingRef(ws.current().sites().size() / 2, 1), Binding.of("http", "*:80:shop.hosting.example")));
        long t1 = System.nanoTime();
        ws.push(Edits.editBinding(ws.current(), new BindingRef(0, 0), Binding.of("http", "*:443:site1.hosting.example")));
        return new long[] {t1 - t0, System.nanoTime() - t1};
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
    }

    private static void report(List<long[]> rounds, boolean window) {
        String[] names = {"read JSON", "first full check", "view models" + (window ? " + window" : ""),
                "until shown (check+window+pulse)", "edit a host + incremental re-check",
                "edit into the *:443 group + re-check"};
        System.out.printf(Locale.ROOT, "median of %d rounds (after 2 warm-up rounds), findings: %d%n", rounds.size(),
                rounds.get(0)[6]);
        for (int i = 0; i < names.length; i++) {
            if (i == 3 && !window) {
                continue;
            }
            final int k = i;
            long[] v = rounds.stream().mapToLong(r -> r[k]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-34s %8.1f ms%n", names[i], v[v.length / 2] / 1e6);
        }
    }
}
