-- Runs inside a headless Neovim that was started with the README's snippet as its init file and a
-- golden program as its buffer: waits for the server's diagnostics, asks for the CodeLenses, runs
-- the inspector lens's command exactly as `vim.lsp.codelens.run()` would send it, and writes what
-- came back as JSON to $RUSTMEM_NVIM_OUT. Any failure is written there too, never a hang: every
-- wait has a limit.
local out = vim.env.RUSTMEM_NVIM_OUT
local report = { nvim = vim.version() }

local function finish()
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qall!')
end

-- 0.11 made the client's functions methods (`client:request_sync`) and deprecated the old forms.
local modern = vim.fn.has('nvim-0.11') == 1
local function request_sync(client, method, params, timeout, buf)
  if modern then return client:request_sync(method, params, timeout, buf) end
  return client.request_sync(method, params, timeout, buf)
end
local function clients_of(buf)
  if modern then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.lsp.buf_get_clients(buf)
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[buf].filetype
  local client
  vim.wait(20000, function()
    for _, c in pairs(clients_of(buf)) do
      if c.name == 'rustmem' and c.initialized then client = c end
    end
    return client ~= nil
  end, 50)
  if not client then error('the rustmem client never attached to the buffer') end
  report.commands = (client.server_capabilities.executeCommandProvider or {}).commands

  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(report.diagnostics, { line = d.lnum, col = d.col, code = lsp.code or d.code, message = d.message })
  end

  local uri = vim.uri_from_bufnr(buf)
  local lenses = request_sync(client, 'textDocument/codeLens', { textDocument = { uri = uri } }, 30000, buf)
  if not lenses or lenses.err then error('codeLens failed: ' .. vim.inspect(lenses)) end
  report.lenses = lenses.result
  local inspect
  for _, lens in ipairs(lenses.result or {}) do
    if lens.command and lens.command.title:find('Inspect memory', 1, true) then inspect = lens end
  end
  if not inspect then error('no Inspect memory lens') end
  local answer = request_sync(client, 'workspace/executeCommand', inspect.command, 60000, buf)
  if not answer or answer.err then error('executeCommand failed: ' .. vim.inspect(answer)) end
  report.replay = answer.result
end)
if not ok then report.error = tostring(err) end
finish()
