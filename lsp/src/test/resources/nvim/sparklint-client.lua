-- A headless Neovim session driving sparklint's language server with Neovim's own LSP client
-- (vim.lsp.start_client + buf_attach_client, Neovim 0.7+), as NeovimClientIT runs it:
--   nvim --headless -n -i NONE -u sparklint-client.lua
-- Environment: SPARKLINT_LSP_JAR (the server jar), SPARKLINT_ROOT (the workspace folder),
-- SPARKLINT_FILE (the Java file to open), SPARKLINT_OUT (where the JSON result goes).
-- It opens the file, waits for the server to finish indexing, records vim.diagnostic.get(),
-- applies the first code action of the first diagnostic (suppress on the method) to the buffer,
-- waits for the diagnostics of the edited, unsaved buffer, records them too, and quits.
local env = {
  jar = os.getenv('SPARKLINT_LSP_JAR'),
  root = os.getenv('SPARKLINT_ROOT'),
  file = os.getenv('SPARKLINT_FILE'),
  out = os.getenv('SPARKLINT_OUT'),
}
local WAIT_MS = 120000

local function write(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, env.out)
end

local function snapshot(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      line = d.lnum + 1, col = d.col + 1, end_col = d.end_col + 1, code = d.code,
      severity = d.severity, source = d.source, message = d.message,
    })
  end
  table.sort(list, function(a, b)
    if a.line ~= b.line then return a.line < b.line end
    return a.code < b.code
  end)
  return list
end

local function run()
  local indexed = false
  local client_id = vim.lsp.start_client({
    name = 'sparklint',
    cmd = { 'java', '-jar', env.jar },
    root_dir = env.root,
    flags = { debounce_text_changes = 50 },
    handlers = {
      ['$/progress'] = function(_, result)
        if result and result.value and result.value.kind == 'end' then
          indexed = true
        end
      end,
    },
  })
  assert(client_id, 'the language server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(env.file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(WAIT_MS, function()
    return indexed and #vim.diagnostic.get(bufnr) > 0
  end, 50), 'no diagnostics after indexing')
  local opened = snapshot(bufnr)

  local client = vim.lsp.get_client_by_id(client_id)
  local first = vim.diagnostic.get(bufnr, { lnum = opened[1].line - 1 })[1]
  local diagnostic = {
    range = {
      start = { line = first.lnum, character = first.col },
      ['end'] = { line = first.end_lnum, character = first.end_col },
    },
    severity = first.severity, message = first.message, source = first.source, code = first.code,
  }
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = diagnostic.range,
    context = { diagnostics = { diagnostic } },
  }, WAIT_MS, bufnr)
  assert(response and response.result and response.result[1], 'no code action')
  local action = response.result[1]
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)

  assert(vim.wait(WAIT_MS, function()
    return #vim.diagnostic.get(bufnr) < #opened
  end, 50), 'the diagnostics did not change after the edit')
  write({
    opened = opened,
    action = action.title,
    edited = snapshot(bufnr),
    text = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
  })
end

local ok, err = pcall(run)
if not ok then
  write({ error = tostring(err) })
  vim.cmd('cquit 3')
end
vim.cmd('qa!')
