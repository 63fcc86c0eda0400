//! What an installed Entente needs: `--version`, shell completions and the
//! manual page printed by the binary, icons of every size, and a desktop
//! entry and AppStream metadata that the distributions' validators accept
//! (checked when `desktop-file-validate` and `appstreamcli` are installed,
//! as CI installs them).

use std::process::Command;

const APP_ID: &str = "io.github.entente.Entente";

fn entente(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into(),
    )
}

#[test]
fn the_version_completions_and_manual_page_come_from_the_binary() {
    let (code, out) = entente(&["--version"]);
    assert_eq!(code, Some(0));
    assert_eq!(out.trim(), format!("entente {}", env!("CARGO_PKG_VERSION")));
    for (shell, marker) in [
        ("bash", "_entente()"),
        ("zsh", "#compdef entente"),
        ("fish", "complete -c entente"),
    ] {
        let (code, out) = entente(&["completions", shell]);
        assert_eq!(code, Some(0), "{shell}");
        assert!(out.contains(marker), "{shell}: {out}");
        // Every command is completed.
        for sub in ["check", "export", "import", "new", "generate", "man"] {
            assert!(out.contains(sub), "{shell} lacks {sub}");
        }
    }
    let (code, man) = entente(&["man"]);
    assert_eq!(code, Some(0));
    assert!(man.contains(".TH entente 1"), "{man}");
    assert!(
        man.contains("entente\\-check(1)") || man.contains("check"),
        "{man}"
    );
    // An unknown shell is a usage error, not a panic.
    let (code, _) = entente(&["completions", "tcsh"]);
    assert_eq!(code, Some(2));
}

#[test]
fn the_icon_comes_in_every_size_the_desktop_asks_for() {
    for size in [32u32, 48, 64, 128, 256, 512] {
        let path = format!("assets/icons/{APP_ID}-{size}.png");
        let img = image::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!((img.width(), img.height()), (size, size), "{path}");
    }
    let svg = std::fs::read_to_string(format!("assets/icons/{APP_ID}.svg")).unwrap();
    assert!(svg.contains("viewBox=\"0 0 512 512\""));
}

/// Runs a validator on `file` when it is installed; false when it is not.
fn validate(tool: &str, args: &[&str], file: &str) -> bool {
    let Ok(out) = Command::new(tool).args(args).arg(file).output() else {
        eprintln!("{tool} is not installed: {file} not validated");
        return false;
    };
    assert!(
        out.status.success(),
        "{tool} {file}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

#[test]
fn the_desktop_entry_and_the_appstream_metadata_validate() {
    let desktop = format!("assets/{APP_ID}.desktop");
    let metainfo = format!("assets/{APP_ID}.metainfo.xml");
    validate("desktop-file-validate", &[], &desktop);
    validate("appstreamcli", &["validate", "--no-net"], &metainfo);
    // Whether or not the validators ran: they name each other and the icon.
    let entry = std::fs::read_to_string(&desktop).unwrap();
    assert!(entry.contains(&format!("Icon={APP_ID}")));
    assert!(entry.contains("Exec=entente %f"));
    let meta = std::fs::read_to_string(&metainfo).unwrap();
    assert!(meta.contains(&format!("<id>{APP_ID}</id>")));
    assert!(meta.contains(&format!("{APP_ID}.desktop")));
    assert_eq!(entente::APP_ID, APP_ID);
}
