-- Lectern for Neovim 0.7 and later: *.speech files get the `speech` filetype
-- and the Lectern language server. (Neovim 0.7 has no vim.lsp.start, so this
-- starts one client with vim.lsp.start_client and attaches each buffer.)
--
-- Save as ~/.config/nvim/lua/lectern.lua, then in init.lua:
--   require("lectern").setup()                       -- uses lectern-language-server from PATH
--   require("lectern").setup({ settings = { readingRate = 240 } })
local M = {}

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "lectern-language-server", "--stdio" }
  local filetypes = opts.filetypes or { "speech" }
  vim.cmd([[
    augroup lectern_filetype
      autocmd!
      autocmd BufNewFile,BufRead *.speech setfiletype speech
    augroup END
  ]])
  local client_id = nil
  vim.api.nvim_create_autocmd("FileType", {
    group = vim.api.nvim_create_augroup("lectern_lsp", { clear = true }),
    pattern = filetypes,
    callback = function(args)
      if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
        client_id = vim.lsp.start_client({
          name = "lectern",
          cmd = cmd,
          root_dir = opts.root_dir or vim.fn.getcwd(),
          -- Answered to the server's workspace/configuration request for "lectern".
          settings = { lectern = opts.settings or {} },
        })
      end
      if client_id then
        vim.lsp.buf_attach_client(args.buf, client_id)
      end
    end,
  })
end

return M
