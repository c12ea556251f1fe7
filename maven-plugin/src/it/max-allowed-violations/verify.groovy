def log = new File(basedir, 'build.log').text
def file = 'src/main/java/jobs/ExportJob.java'
// both findings are reported; -Dsparklint.maxAllowedViolations=2 wins over the file's 1 and tolerates them
assert log =~ /\[(ERROR|WARNING)\] ${file}:15:24: warning: \[SparkUnboundedCollect\] /
assert log =~ /\[(ERROR|WARNING)\] ${file}:16:24: warning: \[SparkLargeTake\] `take\(1000000\)`/
assert log.contains('sparklint: 2 findings in 1 file analyzed')
assert log.contains('BUILD SUCCESS')
