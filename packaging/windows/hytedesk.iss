; Inno Setup 6 script of the HyteDesk Windows installer (per-user by default, no admin).
;
; Built on Windows only (see docs/administrators.md, "Installers"); it cannot be built on
; the Linux build machine. From the project root, after PyInstaller has made
; build\pyinstaller-dist\hytedesk\ (hytedesk.exe windowed, hytedesk-cli.exe console):
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\hytedesk.iss
;
; Output: dist\hytedesk-<version>-windows-x64-setup.exe
;
; Swedish wizard texts: Inno Setup ships Finnish but not Swedish; put the community
; translation Swedish.isl next to this file and it is used (otherwise the wizard offers
; Finnish and English). The app itself is in Finnish, Swedish and English either way.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller-dist\hytedesk"
#endif
#define AppName "HyteDesk"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6F0C5E1A-8E2B-4B7C-9C1D-4F2A7E3B9D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=HyteDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Home-care laptops are often locked down: install for the current user without admin
; rights; an administrator may choose all users in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=hytedesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#if FileExists("..\..\resources\icons\hytedesk.ico")
SetupIconFile=..\..\resources\icons\hytedesk.ico
#endif
UninstallDisplayIcon={app}\hytedesk.exe
; The user's data (local.db with referrals, catalogues) lives in %LOCALAPPDATA%\HyteDesk
; and is never removed by the uninstaller.

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#if FileExists("Swedish.isl")
Name: "sv"; MessagesFile: "Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder as built: hytedesk.exe, hytedesk-cli.exe and _internal\
; (Qt, the translations, icons, the trusted root, the demo catalogue, the baked preset).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\hytedesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\hytedesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hytedesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
