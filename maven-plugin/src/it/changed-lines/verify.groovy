def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/jobs/Added.java:8:15: warning: [SparkLargeTake] ')
assert log.contains('[ERROR] src/main/java/jobs/ExportJob.java:18:')
assert !log.contains('] src/main/java/jobs/ExportJob.java:15:')
assert !log.contains('] src/main/java/jobs/ExportJob.java:16:')
assert log.contains('sparklint: 2 findings (2 new, 0 baselined) on changed lines')
assert log.contains('BUILD FAILURE')
