package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The built-in models of graph and RDF reads ({@code library-models.txt}): a Neo4j Cypher query
 * through the Java API of the Neo4j Spark connector, a SANSA SPARQL result set and a SANSA RDF
 * source are as many rows as the graph or the RDF data match; bounded uses of the same calls, other
 * methods of the same classes and project classes of the same name are quiet.
 */
class GraphAndRdfModelsTest {
  @Test
  void neo4jCypherQueriesAreEveryMatchOfTheGraph() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.neo4j.spark.Neo4JavaSparkContext;

            class Job {
              static final String LIKES = "MATCH (p:Person)-[:LIKES]->(l:Language) RETURN p.name, l.name";

              void run(JavaSparkContext sc, Map<String, Object> params) {
                Neo4JavaSparkContext neo = Neo4JavaSparkContext.neo4jContext(sc);
                // BUG: Diagnostic contains: rows come from `Neo4JavaSparkContext.query()` (a built-in model)
                List<Map<String, Object>> pairs = neo.query(LIKES, params).collect();
                // BUG: Diagnostic contains: rows come from `Neo4JavaSparkContext.queryRow()`
                Neo4JavaSparkContext.neo4jContext(sc).queryRow(LIKES, params).collect();
                Dataset<Row> people = neo.queryDF("MATCH (p:Person) RETURN p.name AS name", params,
                    "name", "STRING");
                // BUG: Diagnostic contains: rows come from `Neo4JavaSparkContext.queryDF()`
                people.collectAsList();
                neo.query(LIKES, params).take(10);
                neo.query(LIKES, params).count();
                neo.queryDF(LIKES, params).limit(5).collectAsList();
                JavaRDD<Map<String, Object>> few = sc.parallelize(List.of(params));
                few.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void sansaResultSetsAndRdfSourcesAreEverySolutionAndTriple() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", """
            import net.sansa_stack.query.spark.api.domain.JavaResultSetSpark;
            import net.sansa_stack.spark.io.rdf.input.api.RdfSource;
            import net.sansa_stack.spark.io.rdf.input.api.RdfSourceFactory;
            import org.apache.jena.graph.Triple;
            import org.apache.jena.sparql.engine.binding.Binding;
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(JavaResultSetSpark rs, RdfSourceFactory factory, RdfSource source) {
                // BUG: Diagnostic contains: rows come from `JavaResultSetSpark.getRdd()` (a built-in model)
                rs.getRdd().collect();
                JavaRDD<Binding> bindings = rs.getRdd();
                // BUG: Diagnostic contains: rows come from `JavaResultSetSpark.getRdd()`
                bindings.collect();
                // BUG: Diagnostic contains: rows come from `RdfSourceFromResource.asTriples()`
                factory.get("hdfs:///data.nt").asTriples().collect();
                // BUG: Diagnostic contains: rows come from `RdfSource.asQuads()`
                source.asQuads().collect();
                rs.getRdd().take(20);
                rs.getRdd().count();
                rs.getResultVars();
                source.asTriples().toJavaRDD().distinct().count();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aProjectResultSetOfTheSameNameIsReadFromItsSource() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("JavaResultSetSpark.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class JavaResultSetSpark {
              private final JavaSparkContext jsc;

              JavaResultSetSpark(JavaSparkContext jsc) {
                this.jsc = jsc;
              }

              JavaRDD<String> getRdd() {
                return jsc.parallelize(List.of("a", "b"));
              }
            }
            """)
        .addSource("Job.java", """
            class Job {
              void run(JavaResultSetSpark rs) {
                rs.getRdd().collect();
              }
            }
            """)
        .expectMatches();
  }
}
