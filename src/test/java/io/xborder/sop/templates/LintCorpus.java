package io.xborder.sop.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The external-style models of {@code src/test/resources/lint-corpus}, one deployment per folder. */
public final class LintCorpus {

  static final Path ROOT = Path.of("src/test/resources/lint-corpus");

  private LintCorpus() {}

  /** A folder's files by name, as Modeler attaches them to a deployment. */
  public static Map<String, byte[]> files(String folder) {
    try (Stream<Path> paths = Files.list(ROOT.resolve(folder))) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (Path path : paths.sorted().toList()) {
        files.put(path.getFileName().toString(), Files.readAllBytes(path));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
