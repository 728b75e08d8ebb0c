package org.sitebinder.persistence.json;

import java.nio.file.Path;
import org.sitebinder.domain.ServerDocument;

/**
 * The child process of {@link SaveKillTest}: saves two large documents over one file, alternately,
 * until it is killed. It says "saving" once the first save is done, so the parent kills it while it
 * is busy rather than while the JVM is still starting.
 */
public final class AlternatingSaver {
    private AlternatingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int sites = Integer.parseInt(args[1]);
        ServerDocument[] documents = {SampleDocuments.large(sites, "a"), SampleDocuments.large(sites, "b")};
        JsonDocumentStore store = new JsonDocumentStore();
        store.save(file, documents[1], null);
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; ; i++) {
            store.save(file, documents[i % 2], null);
        }
    }
}
