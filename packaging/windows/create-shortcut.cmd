@echo off
rem Creates a desktop and Start-menu shortcut to LibDesk.exe in this folder.
rem Shipped in the LibDesk zip (used when the build machine had no Inno Setup).
setlocal
set "TARGET=%~dp0LibDesk.exe"
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$s = New-Object -ComObject WScript.Shell;" ^
  "foreach ($dir in @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))) {" ^
  "  $l = $s.CreateShortcut((Join-Path $dir 'LibDesk.lnk'));" ^
  "  $l.TargetPath = $env:TARGET; $l.WorkingDirectory = (Split-Path $env:TARGET);" ^
  "  $l.Description = 'LibDesk'; $l.Save() }"
if errorlevel 1 (
  echo Could not create the shortcuts.
  exit /b 1
)
echo Shortcuts to LibDesk created on the desktop and in the Start menu.
endlocal
