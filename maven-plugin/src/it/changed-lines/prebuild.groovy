// Make the project a git repository at its current state, then change it as a pull request would.
def git(String... args) {
  def command = ['git', '-c', 'user.name=sparklint-it', '-c', 'user.email=it@sparklint.invalid'] + args.toList()
  def process = command.execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0: "${command} failed"
}
git('init', '-q')
git('add', 'pom.xml', 'src')
git('commit', '-q', '-m', 'before the pull request')

def job = new File(basedir, 'src/main/java/jobs/ExportJob.java')
job.text = job.text.replace('    spark.stop();\n',
    '    System.out.println(ds.collectAsList().size());\n    spark.stop();\n')
new File(basedir, 'src/main/java/jobs/Added.java').text = '''package jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

final class Added {
  static Object peek(Dataset<Row> ds) {
    return ds.takeAsList(5_000_000);
  }
}
'''
return true
