package io.github.sparklint.cli;

import static io.github.sparklint.cli.HostileInput.JOB;
import static io.github.sparklint.cli.HostileInput.analyzed;
import static io.github.sparklint.cli.HostileInput.any;
import static io.github.sparklint.cli.HostileInput.fileError;

import io.github.sparklint.core.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Special files and links (loops, dangling links, devices, a FIFO, unreadable files, a directory
 * named like a source) and odd path names, each beside the canary. Where the OS does not allow an
 * input (no FIFOs, running as root), its setup throws {@link NotOnThisSystem} and the suite skips
 * it.
 */
final class HostileFiles {
  private static final String SPECIAL = "special files and links";
  private static final String PATHS = "path names";

  /** The OS does not allow this input here. */
  static final class NotOnThisSystem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotOnThisSystem(String why) {
      super(why);
    }
  }

  private HostileFiles() {}

  static List<HostileInput> all() {
    List<HostileInput> inputs = new ArrayList<>();
    links(inputs);
    special(inputs);
    pathNames(inputs);
    return inputs;
  }

  private static void links(List<HostileInput> in) {
    in.add(any(SPECIAL, "a directory link loop", p -> link(p, "src/loop", p.resolve("src"))));
    in.add(any(SPECIAL, "two links pointing at each other", p -> {
      link(p, "src/A.java", Path.of("B.java"));
      return link(p, "src/B.java", Path.of("A.java"));
    }));
    in.add(named("a link to itself, named on the command line", "src/Self.java",
        "cannot follow symbolic link", p -> link(p, "src/Self.java", Path.of("Self.java"))));
    in.add(any(SPECIAL, "a dangling link", p -> link(p, "src/Gone.java", Path.of("nowhere.java"))));
    in.add(named("a dangling link, named on the command line", "src/Gone.java",
        "cannot follow symbolic link", p -> link(p, "src/Gone.java", Path.of("nowhere.java"))));
    in.add(any(SPECIAL, "a link to /dev/zero", p -> link(p, "src/Zero.java", device())));
    in.add(named("a link to /dev/zero, named on the command line", "src/Zero.java",
        "not a regular file", p -> link(p, "src/Zero.java", device())));
    in.add(analyzed(SPECIAL, "a hard link to a job", "src/Hard.java:8:", p -> {
      HostileInput.write(p, "src/jobs/Job.java", JOB.getBytes(StandardCharsets.UTF_8));
      Files.createLink(p.resolve("src/Hard.java"), p.resolve("src/jobs/Job.java"));
      return List.of();
    }));
  }

  private static void special(List<HostileInput> in) {
    in.add(analyzed(SPECIAL, "a directory named Dir.java", "src/Dir.java/Inner.java:8:",
        p -> HostileInput.write(p, "src/Dir.java/Inner.java", JOB.getBytes(StandardCharsets.UTF_8))));
    in.add(analyzed(SPECIAL, "a source named .java", "src/.java:8:",
        p -> HostileInput.write(p, "src/.java", JOB.getBytes(StandardCharsets.UTF_8))));
    in.add(fileError(SPECIAL, "an unreadable file", "src/Secret.java", "permission denied", p -> {
      HostileInput.write(p, "src/Secret.java", JOB.getBytes(StandardCharsets.UTF_8));
      return unreadable(p.resolve("src/Secret.java"));
    }));
    in.add(fileError(SPECIAL, "an unreadable directory", "src/closed", "cannot read", p -> {
      HostileInput.write(p, "src/closed/Hidden.java", JOB.getBytes(StandardCharsets.UTF_8));
      return unreadable(p.resolve("src/closed"));
    }));
    in.add(any(SPECIAL, "a FIFO named Pipe.java", p -> fifo(p.resolve("src/Pipe.java"))));
    in.add(named("a FIFO named on the command line", "src/Pipe.java", "not a regular file",
        p -> fifo(p.resolve("src/Pipe.java"))));
  }

  private static void pathNames(List<HostileInput> in) {
    String[] names = {"with space", "hash#tag", "percent%41%", "new\nline", "esc\u001b[31mred",
        "non-ASCII \u00e9 \u4e2d\u6587 \ud83d\ude00", "back\\slash", "quote\"and'apos", "-rf",
        "colon:semi;", "question?star*[a]", "trailing space ", "bidi\u202eoverride", "...",
        "~tilde", "$HOME", "`whoami`", "x".repeat(200)};
    for (String name : names) {
      String file = "src/" + name + "/" + name + ".java";
      in.add(analyzed(PATHS, "a path with " + TextReport.escape(name).replace("x".repeat(200),
              "a 200-character name"), TextReport.escape(file + ":8:"), p -> {
            HostileInput.write(p, file, JOB.getBytes(StandardCharsets.UTF_8));
            return List.of("--format", "sarif", "--output", p.resolve("out/report.sarif").toString());
          }));
    }
  }

  /** An input that is also named on the command line (after the source directory). */
  private static HostileInput named(String name, String file, String detail,
      HostileInput.Setup setup) {
    return fileError(SPECIAL, name, file, detail, p -> {
      List<String> args = new ArrayList<>(setup.apply(p));
      args.add(p.resolve(file).toString());
      return args;
    });
  }

  private static List<String> link(Path project, String at, Path target) throws IOException {
    Path link = project.resolve(at);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
    return List.of();
  }

  private static Path device() {
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      throw new NotOnThisSystem("no /dev/zero");
    }
    return zero;
  }

  private static List<String> unreadable(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      throw new NotOnThisSystem("no POSIX permissions");
    }
    if (Files.isReadable(path)) {
      throw new NotOnThisSystem("permissions do not bind (running as root)");
    }
    return List.of();
  }

  /** Makes a FIFO at {@code path}; no extra arguments. */
  static List<String> fifo(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
      if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
        throw new NotOnThisSystem("mkfifo failed");
      }
    } catch (IOException e) {
      throw new NotOnThisSystem("no mkfifo: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotOnThisSystem("interrupted");
    }
    return List.of();
  }
}
