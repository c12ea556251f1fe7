package io.github.sparklint.maven;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven {@link Log} that records each message as {@code "<level> <text>"}, all levels on. */
final class RecordingLog {
  final List<String> lines = new ArrayList<>();
  final Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(),
      new Class<?>[] {Log.class}, (proxy, method, args) -> {
        if (args != null && args.length > 0 && args[0] instanceof CharSequence text) {
          lines.add(method.getName() + " " + text);
        }
        return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
      });
}
