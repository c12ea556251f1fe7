def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] src/main/java/jobs/ExportJob.java:15:24: note: [SparkUnboundedCollect] ')
assert !log.contains('[SparkLargeTake]')
assert !log.contains('NewJob')
// the excluded file is not even read: one file analyzed
assert log.contains('sparklint: 1 finding in 1 file analyzed')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/sparklint/sparklint.html').text.contains('line 15, column 24')
