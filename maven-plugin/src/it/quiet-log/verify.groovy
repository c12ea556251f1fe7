def log = new File(basedir, 'build.log').text
def file = 'src/main/java/jobs/ExportJob.java'
// -q shows errors only: every finding that fails the build is an error, with its fix and rule page
assert log.contains("[ERROR] ${file}:15:24: warning: [SparkUnboundedCollect] ")
assert log.contains("[ERROR] ${file}:16:24: warning: [SparkLargeTake] `take(1000000)`")
assert log.contains('[ERROR]     fix: Take a few rows (`limit(20)`)')
assert log.contains('[ERROR]     rule page: mvn sparklint:explain -Drule=SparkLargeTake')
assert log.contains('[ERROR] sparklint: 2 findings in 1 file analyzed')
assert log =~ /\[ERROR\]   SparkLargeTake +warning +1/
assert log.contains('[ERROR] sparklint: HTML report: target/sparklint/sparklint.html')
assert log.contains('2 sparklint findings at or above warning; see target/sparklint/sparklint.html')
assert !log.contains('[INFO]')
assert !log.contains('[WARNING]')
// no line of a finding is longer than the wrap width (100) plus Maven's "[ERROR] " prefix
log.readLines().findAll { it.startsWith('[ERROR] src/') || it.startsWith('[ERROR]     ') }.each {
  assert it.length() <= 108 : it
}
true
