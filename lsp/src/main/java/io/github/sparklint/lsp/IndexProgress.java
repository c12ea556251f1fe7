package io.github.sparklint.lsp;

/** Hears how far indexing the workspace has got (the server turns it into {@code $/progress}). */
interface IndexProgress {
  /** Reports nothing (a client that cannot show progress). */
  IndexProgress NONE = new IndexProgress() {
    @Override
    public void begin(int total) { }

    @Override
    public void advance() { }

    @Override
    public void end(String message) { }
  };

  /** Indexing of {@code total} files starts. */
  void begin(int total);

  /** One more file was read (called from worker threads). */
  void advance();

  /** Indexing is over; {@code message} says what was indexed. */
  void end(String message);
}
