import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the execution samples of a JFR recording: samples per thread, the methods with the
 * most samples of their own (top frames), and the inclusive share of every sample whose stack holds
 * a frame matching each pattern given. docs/performance.md shows how the recordings are taken.
 *
 * <p>Usage: {@code java bench/JfrTop.java RECORDING.jfr [TOP] [PATTERN...]}, e.g. {@code java
 * bench/JfrTop.java cli.jfr 20 'JavaParser\.parse' 'flow\.Summarizer' 'core\.rules\.'}.
 */
public class JfrTop {
  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      patterns.add(Pattern.compile(args[i]));
    }
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int[] inclusive = new int[patterns.size()];
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      threads.merge(event.getThread("sampledThread").getJavaName(), 1, Integer::sum);
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        self.merge(name(frames.get(0)), 1, Integer::sum);
      }
      Set<Integer> matched = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        for (int p = 0; p < patterns.size(); p++) {
          if (patterns.get(p).matcher(name).find()) {
            matched.add(p);
          }
        }
      }
      matched.forEach(p -> inclusive[p]++);
    }
    System.out.printf("%d execution samples%n", samples);
    print("thread", threads, samples, top);
    print("self", self, samples, top);
    for (int p = 0; p < patterns.size(); p++) {
      System.out.printf("inclusive %5.1f %%  %s%n", 100.0 * inclusive[p] / samples, patterns.get(p));
    }
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(String label, Map<String, Integer> counts, int samples, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf("%-9s %5.1f %%  %s%n", label,
            100.0 * e.getValue() / samples, e.getKey()));
  }
}
