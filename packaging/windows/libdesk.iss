; Inno Setup script for LibDesk, compiled by build_installer.py when iscc is available:
;   iscc /DAppVersion=0.1.0 /DSourceDir=<dist\LibDesk-0.1.0> /DOutputDir=<dist> libdesk.iss
; Installs per user (no administrator rights needed on office PCs) into
; %LOCALAPPDATA%\Programs\LibDesk; the database stays in the user data folder and survives
; uninstalling.
#ifndef AppVersion
  #error Pass /DAppVersion=...
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=... (the one-folder bundle)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
AppId={{6B7C1F0E-5B7D-4E0A-9A43-1D2C7A8E5F10}
AppName=LibDesk
AppVersion={#AppVersion}
AppVerName=LibDesk {#AppVersion}
AppPublisher=Taiyuan City Library
DefaultDirName={localappdata}\Programs\LibDesk
DefaultGroupName=LibDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=LibDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\LibDesk.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LibDesk"; Filename: "{app}\LibDesk.exe"
Name: "{group}\{cm:UninstallProgram,LibDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LibDesk"; Filename: "{app}\LibDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LibDesk.exe"; Description: "{cm:LaunchProgram,LibDesk}"; Flags: nowait postinstall skipifsilent
