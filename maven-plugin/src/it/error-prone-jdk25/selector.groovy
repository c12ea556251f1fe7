// Runs only where JDK 25 is installed. CI (CI=true) must test Error Prone on JDK 25, so there a
// missing JDK is an error, never a silent skip; elsewhere the skip says why.
def javac = new File(jdk25Home, 'bin/javac')
if (javac.canExecute()) {
  return true
}
def reason = "error-prone-jdk25: no JDK 25 at ${jdk25Home} (set -Djdk25.home=DIR)"
if (System.getenv('CI') == 'true') {
  throw new IllegalStateException(reason + '; CI must test Error Prone on JDK 25')
}
// on the console, not only in build.log: a skip must be seen
System.err.println "[WARNING] ${reason}: skipped"
return false
