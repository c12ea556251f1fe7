package io.github.sparklint.cli;

import io.github.sparklint.lsp.LspMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code java -jar sparklint-cli.jar lsp}: the language server of the {@code sparklint-lsp}
 * module on stdin and stdout, for editors that start the CLI jar they already have.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = "Run the sparklint language server (LSP over stdin/stdout) for an editor.",
    footer = {
        "",
        "Exit codes: 0 after the client's shutdown and exit, 1 when the client went away without"
            + " a shutdown. To analyze a directory named lsp, write ./lsp."
    })
final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return LspMain.serveStdio();
  }
}
