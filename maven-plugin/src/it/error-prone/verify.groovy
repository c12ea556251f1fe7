def log = new File(basedir, 'build.log').text
// the -XepOpt option (10000) wins over the default; sparklint.yaml makes the finding an error
assert log =~ /\[ERROR\] \S*Export\.java:\[15,\d+\] \[SparkLargeTake\] / : log
assert log.contains('COMPILATION ERROR')
// sparklint.yaml lowers SparkUnboundedCollect to a note: neither a warning nor an error
assert !(log =~ /\[(WARNING|ERROR)\] \S*Export\.java:\[11,\d+\] \[SparkUnboundedCollect\]/)
