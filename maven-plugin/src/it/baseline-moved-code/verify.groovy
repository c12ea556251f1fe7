def log = new File(basedir, 'build.log').text
assert log.contains('sparklint: 2 findings (0 new, 2 baselined) \u2014 report: target/sparklint/sparklint.html')
assert !log.contains('] src/main/java/jobs/ExportJob.java:')
assert !log.contains('stale')
assert log.contains('BUILD SUCCESS')
