def log = new File(basedir, 'build.log').text
// Maven (and so javac and Error Prone) ran on JDK 25, with the jvm.config lines and nothing else
assert log =~ /Java version: 25[.\d]*/ : log
// the same findings at the same levels as on JDK 17 with Error Prone 2.42.0
evaluate(new File(basedir, '../error-prone/verify.groovy'))
