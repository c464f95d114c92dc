-- Headless Neovim driver for test/e2e/neovim.ts. Loads lectern.lua (the
-- configuration the README gives) with the built server, opens each file in
-- LECTERN_FILES (separated by newlines), waits for diagnostics, asks for
-- document symbols, and writes what it saw as JSON to LECTERN_RESULTS.
package.path = vim.env.LECTERN_NVIM_DIR .. "/?.lua;" .. package.path
require("lectern").setup({ cmd = { "node", vim.env.LECTERN_SERVER, "--stdio" }, root_dir = vim.env.LECTERN_ROOT })

local function utf16_col(buf, lnum, byte_col)
  local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ""
  local _, utf16 = vim.str_utfindex(line, math.min(byte_col, #line))
  return utf16
end

local function run()
  local out = { version = vim.version(), files = {} }
  for file in string.gmatch(vim.env.LECTERN_FILES, "[^\n]+") do
    vim.cmd("edit " .. vim.fn.fnameescape(file))
    local buf = vim.api.nvim_get_current_buf()
    local entry = { file = file, filetype = vim.bo[buf].filetype, diagnostics = {}, symbols = {} }
    -- Diagnostics arrive in two phases (fast checks, then all); wait until they settle.
    local count, stable_since = -1, vim.loop.now()
    vim.wait(30000, function()
      local n = #vim.diagnostic.get(buf)
      if n ~= count then count, stable_since = n, vim.loop.now() end
      return n > 0 and vim.loop.now() - stable_since > 1500
    end, 100)
    -- Counted after the wait: a client joins the buffer's list once it has initialized.
    entry.clients = vim.tbl_count(vim.lsp.buf_get_clients(buf))
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(entry.diagnostics, {
        line = d.lnum,
        character = utf16_col(buf, d.lnum, d.col),
        code = d.code or lsp.code,
        source = d.source or lsp.source,
        message = d.message,
        severity = d.severity,
      })
    end
    local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
    local responses = vim.lsp.buf_request_sync(buf, "textDocument/documentSymbol", params, 15000) or {}
    for _, r in pairs(responses) do
      if r.error then entry.symbolError = r.error.message end
      if r.result then entry.symbols = r.result end
    end
    table.insert(out.files, entry)
  end
  local f = assert(io.open(vim.env.LECTERN_RESULTS, "w"))
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd("qa!")
end

vim.api.nvim_create_autocmd("VimEnter", {
  -- nested: the :edit inside must fire BufRead and FileType, as when a user opens a file.
  nested = true,
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      local f = io.open(vim.env.LECTERN_RESULTS, "w")
      if f then f:write(vim.fn.json_encode({ error = tostring(err) })) f:close() end
      vim.cmd("qa!")
    end
  end,
})
