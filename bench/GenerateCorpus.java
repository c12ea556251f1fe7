import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic corpus of Spark-heavy Java sources for benchmarks.
 *
 * <p>Usage: {@code java bench/GenerateCorpus.java OUT_DIR [TARGET_LINES]} (default 420000 lines). About
 * one file in six is plain Java without Spark, as in real repositories.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long target = args.length > 1 ? Long.parseLong(args[1]) : 420_000;
    Random random = new Random(42);
    long lines = 0;
    int file = 0;
    while (lines < target) {
      String pkg = "corpus.p" + (file % 40);
      Path dir = Files.createDirectories(out.resolve(pkg.replace('.', '/')));
      String name = "Job" + file;
      String text = file % 6 == 5 ? plainClass(pkg, name, random) : sparkClass(pkg, name, random);
      Files.writeString(dir.resolve(name + ".java"), text);
      lines += text.lines().count();
      file++;
    }
    System.out.println(file + " files, " + lines + " lines in " + out);
  }

  private static String sparkClass(String pkg, String name, Random random) {
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(pkg).append(";\n\n")
        .append("import static org.apache.spark.sql.functions.*;\n\n")
        .append("import java.util.*;\n")
        .append("import java.util.stream.Collectors;\n")
        .append("import org.apache.spark.api.java.JavaPairRDD;\n")
        .append("import org.apache.spark.api.java.JavaRDD;\n")
        .append("import org.apache.spark.api.java.JavaSparkContext;\n")
        .append("import org.apache.spark.sql.Dataset;\n")
        .append("import org.apache.spark.sql.Row;\n")
        .append("import org.apache.spark.sql.SparkSession;\n")
        .append("import scala.Tuple2;\n\n")
        .append("/** Generated Spark job ").append(name).append(". */\n")
        .append("public final class ").append(name).append(" {\n")
        .append("  private static final int PREVIEW = ").append(10 + random.nextInt(90)).append(";\n")
        .append("  private final SparkSession spark;\n")
        .append("  private final JavaSparkContext sc;\n\n")
        .append("  public ").append(name).append("(SparkSession spark) {\n")
        .append("    this.spark = spark;\n")
        .append("    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());\n")
        .append("  }\n");
    int methods = 12 + random.nextInt(10);
    for (int m = 0; m < methods; m++) {
      sb.append(method(m, random));
    }
    return sb.append("}\n").toString();
  }

  private static String method(int m, Random random) {
    String table = "t" + random.nextInt(1000);
    return switch (random.nextInt(6)) {
      case 0 -> """

            /** Loads and filters a table. */
            public Dataset<Row> load%1$d(String day) {
              Dataset<Row> raw = spark.table("%2$s").filter(col("day").equalTo(day));
              Dataset<Row> typed = raw.select(col("id"), col("value").cast("long"), col("kind"));
              return typed.where(col("value").gt(%3$d)).dropDuplicates("id");
            }
            """.formatted(m, table, random.nextInt(100));
      case 1 -> """

            /** Previews a few rows. */
            public List<Row> preview%1$d(Dataset<Row> input) {
              List<Row> rows = input.orderBy(col("value").desc()).limit(PREVIEW).collectAsList();
              List<String> names = rows.stream().map(r -> r.getString(2)).collect(Collectors.toList());
              if (names.isEmpty()) {
                return Collections.emptyList();
              }
              return rows;
            }
            """.formatted(m);
      case 2 -> """

            /** Aggregates per key and writes the result. */
            public void aggregate%1$d(Dataset<Row> input, String out) {
              Dataset<Row> perKey = input.groupBy("kind").agg(sum("value").alias("total"), count(lit(1)));
              perKey.write().mode("overwrite").parquet(out + "/%2$s");
              Row stats = input.agg(max("value"), min("value")).first();
              System.out.println("range " + stats.get(0) + ".." + stats.get(1));
            }
            """.formatted(m, table);
      case 3 -> """

            /** Counts words with the RDD API. */
            public void words%1$d(String path) {
              JavaRDD<String> lines = sc.textFile(path);
              JavaPairRDD<String, Integer> counts = lines
                  .flatMap(l -> Arrays.asList(l.split(" ")).iterator())
                  .mapToPair(w -> new Tuple2<>(w, 1))
                  .reduceByKey(Integer::sum);
              List<Tuple2<String, Integer>> top = counts.take(%2$d);
              top.forEach(t -> System.out.println(t._1() + "=" + t._2()));
            }
            """.formatted(m, 5 + random.nextInt(50));
      case 4 -> """

            /** Collects a whole table (a real finding). */
            public int everything%1$d(String day) {
              Dataset<Row> all = spark.table("%2$s").filter(col("day").equalTo(day));
              List<Row> rows = all.collectAsList();
              int n = 0;
              for (Row r : rows) {
                n += r.getInt(0);
              }
              return n;
            }
            """.formatted(m, table);
      default -> """

            /** Plain driver-side helper code. */
            public Map<String, Integer> helper%1$d(List<String> keys) {
              Map<String, Integer> out = new HashMap<>();
              for (String k : keys) {
                out.merge(k.toLowerCase(Locale.ROOT), 1, Integer::sum);
              }
              Optional<String> first = keys.stream().filter(k -> k.startsWith("a")).findFirst();
              first.ifPresent(f -> out.put(f, -1));
              return out;
            }
            """.formatted(m);
    };
  }

  private static String plainClass(String pkg, String name, Random random) {
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(pkg).append(";\n\nimport java.util.*;\n\n")
        .append("/** Generated plain class. */\npublic final class ").append(name).append(" {\n");
    int methods = 10 + random.nextInt(10);
    for (int m = 0; m < methods; m++) {
      sb.append("""

            public List<Integer> compute%1$d(List<Integer> in) {
              List<Integer> out = new ArrayList<>();
              for (int v : in) {
                if (v %% %2$d == 0) {
                  out.add(v * 2);
                }
              }
              Collections.sort(out);
              return out;
            }
          """.formatted(m, 2 + random.nextInt(7)));
    }
    return sb.append("}\n").toString();
  }
}
