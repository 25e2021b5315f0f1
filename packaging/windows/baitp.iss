; Inno Setup 6 script: the Windows installer of baitp-desktop (per machine, 64-bit).
;
; Build on Windows (it cannot be built on Linux; see README "Build the installers"):
;   1. py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[packaging]"
;   2. .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath build\dist
;        --workpath build\pyinstaller packaging\baitp.spec      -> build\dist\baitp\
;      (the .ts catalogues are read directly; the .qm files from
;       scripts/build_translations.sh are optional on Windows)
;   3. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\baitp.iss
;        -> build\installer\baitp-desktop-<version>-setup.exe
;
; Installs the one-folder build into Program Files, a Start-menu entry (the windowed
; baitp-desktop.exe) and, optionally, a desktop icon. Each Windows user keeps their own
; database and settings in their profile (%LOCALAPPDATA%), unless the "shared database"
; task is chosen: it creates C:\ProgramData\BAITP (writable by the workstation's users)
; and sets the machine-wide BAITP_DB variable to a database file in it, so that every
; nurse on a shared clinic PC works in the same study database. Uninstalling never
; deletes a database.
;
; Needs Inno Setup 6.3 or later (x64compatible). Languages\ChineseSimplified.isl ships with
; recent Inno Setup releases; if ISCC says it is missing, put the user-contributed
; ChineseSimplified.isl (Inno Setup's translations page) into Inno Setup's Languages folder.

#define AppName "BAITP CRF"
#define AppVersion "0.1.0"
#define AppPublisher "Peking University People's Hospital"
#define AppExe "baitp-desktop.exe"
#define BuildDir "..\..\build\dist\baitp"

[Setup]
; AppId identifies the application for upgrades and uninstall: never change it.
AppId={{6F1C2A9E-8B47-4D3A-9C55-2E7B1D4A2207}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\baitp-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
CloseApplications=yes
OutputDir=..\..\build\installer
OutputBaseFilename=baitp-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\baitp.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
english.SharedDatabase=Shared database for all users of this workstation (C:\ProgramData\BAITP)
chinesesimplified.SharedDatabase=本工作站所有用户共用一个数据库（C:\ProgramData\BAITP）
english.DatabaseGroup=Study database:
chinesesimplified.DatabaseGroup=研究数据库：
english.CommandLine=BAITP command line
chinesesimplified.CommandLine=BAITP 命令行

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "shareddb"; Description: "{cm:SharedDatabase}"; GroupDescription: "{cm:DatabaseGroup}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Never removed by the uninstaller: it holds the study data and its backups.
Name: "{commonappdata}\BAITP"; Permissions: users-modify; Flags: uninsneveruninstall; Tasks: shareddb

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "BAITP_DB"; ValueData: "{commonappdata}\BAITP\baitp.sqlite"; Flags: uninsdeletevalue; Tasks: shareddb

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && baitp.exe --help"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
