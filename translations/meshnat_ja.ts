<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplianceStatusModel</name>
    <message numerus="yes">
        <source>%n appliance pair(s)</source>
        <translation>
            <numerusform>アプライアンスペア %n 組</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 Down</source>
        <translation>%2 組中 %1 組が Down</translation>
    </message>
    <message>
        <source>no appliance pair in this mesh</source>
        <translation>このメッシュにアプライアンスペアなし</translation>
    </message>
    <message>
        <source>Mesh / service</source>
        <translation>メッシュ / サービス</translation>
    </message>
    <message>
        <source>Appliance pair</source>
        <translation>アプライアンスペア</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Peer port policy</source>
        <translation>ピアのポートポリシー</translation>
    </message>
</context>
<context>
    <name>AsaConfigReader</name>
    <message>
        <source>service groups are not used by the simulation (static PAT takes a service object)</source>
        <translation>サービスグループはシミュレーションで使いません（スタティック PAT はサービスオブジェクトを使います）</translation>
    </message>
    <message>
        <source>inside "%1", which is not used for NAT</source>
        <translation>「%1」の中の行です。これは NAT に使われません</translation>
    </message>
    <message>
        <source>"%1" is already an object of the other kind (line %2)</source>
        <translation>「%1」は別の種類のオブジェクトとして定義済みです（%2 行目）</translation>
    </message>
    <message>
        <source>this kind of object is not used for NAT</source>
        <translation>この種類のオブジェクトは NAT に使われません</translation>
    </message>
    <message>
        <source>access rules are not simulated (ASA 8.3+ NAT does not use access lists)</source>
        <translation>アクセスルールはシミュレーションしません（ASA 8.3 以降の NAT はアクセスリストを使いません）</translation>
    </message>
    <message>
        <source>per-session xlate rules are not modelled (by default they cover TCP and DNS only, not IPsec NAT-T)</source>
        <translation>per-session xlate ルールはモデル化していません（既定では TCP と DNS のみが対象で、IPsec NAT-T は対象外です）</translation>
    </message>
    <message>
        <source>an exec command, not configuration; ignored</source>
        <translation>設定ではなく実行コマンドです。無視しました</translation>
    </message>
    <message>
        <source>name aliases are not resolved</source>
        <translation>name による別名は解決しません</translation>
    </message>
    <message>
        <source>not used for NAT</source>
        <translation>NAT に使われません</translation>
    </message>
    <message>
        <source>security-level must be 0 to 100</source>
        <translation>security-level は 0 から 100 の範囲で指定してください</translation>
    </message>
    <message>
        <source>the address is assigned at run time; set it on the interface by hand</source>
        <translation>アドレスは動作時に割り当てられます。インターフェイスに手で設定してください</translation>
    </message>
    <message>
        <source>ip address needs an IPv4 address and a netmask</source>
        <translation>ip address には IPv4 アドレスとネットマスクが必要です</translation>
    </message>
    <message>
        <source>unexpected words after the netmask were ignored</source>
        <translation>ネットマスクの後の想定外の語を無視しました</translation>
    </message>
    <message>
        <source>interface setting not used for NAT</source>
        <translation>NAT に使われないインターフェイス設定です</translation>
    </message>
    <message>
        <source>IPv6 objects are not modelled</source>
        <translation>IPv6 オブジェクトはモデル化していません</translation>
    </message>
    <message>
        <source>host needs an IPv4 address</source>
        <translation>host には IPv4 アドレスが必要です</translation>
    </message>
    <message>
        <source>subnet needs an IPv4 address and a netmask</source>
        <translation>subnet には IPv4 アドレスとネットマスクが必要です</translation>
    </message>
    <message>
        <source>range needs two IPv4 addresses, the first not above the second</source>
        <translation>range には 2 つの IPv4 アドレスが必要です（1 つ目が 2 つ目を超えないこと）</translation>
    </message>
    <message>
        <source>not understood in an object network</source>
        <translation>object network の中で解釈できません</translation>
    </message>
    <message>
        <source>network-object needs an IPv4 address and a netmask</source>
        <translation>network-object には IPv4 アドレスとネットマスクが必要です</translation>
    </message>
    <message>
        <source>not understood in an object-group network</source>
        <translation>object-group network の中で解釈できません</translation>
    </message>
    <message>
        <source>not understood in an object service</source>
        <translation>object service の中で解釈できません</translation>
    </message>
    <message>
        <source>expected source|destination eq PORT</source>
        <translation>source|destination eq ポート の形式が必要です</translation>
    </message>
    <message>
        <source>"%1" matches several ports; static PAT needs one port (eq)</source>
        <translation>「%1」は複数のポートに一致します。スタティック PAT には 1 つのポート（eq）が必要です</translation>
    </message>
    <message>
        <source>"%1" is not a port</source>
        <translation>「%1」はポートではありません</translation>
    </message>
    <message>
        <source>expected (real-interface,mapped-interface)</source>
        <translation>(実インターフェイス,マップ先インターフェイス) の形式が必要です</translation>
    </message>
    <message>
        <source>expected "source dynamic" or "source static"</source>
        <translation>「source dynamic」または「source static」が必要です</translation>
    </message>
    <message>
        <source>expected "dynamic" or "static"</source>
        <translation>「dynamic」または「static」が必要です</translation>
    </message>
    <message>
        <source>the real object is missing</source>
        <translation>実アドレスのオブジェクトがありません</translation>
    </message>
    <message>
        <source>the mapped address is missing</source>
        <translation>マップ先アドレスがありません</translation>
    </message>
    <message>
        <source>pat-pool is for dynamic NAT</source>
        <translation>pat-pool はダイナミック NAT 用です</translation>
    </message>
    <message>
        <source>pat-pool needs an object</source>
        <translation>pat-pool にはオブジェクトが必要です</translation>
    </message>
    <message>
        <source>service needs a real and a mapped service object</source>
        <translation>service には実サービスとマップ先サービスのオブジェクトが必要です</translation>
    </message>
    <message>
        <source>service needs a protocol, a real port and a mapped port</source>
        <translation>service にはプロトコル、実ポート、マップ先ポートが必要です</translation>
    </message>
    <message>
        <source>service ports must be numbers 0 to 65535 or known port names</source>
        <translation>service のポートは 0〜65535 の数値か既知のポート名で指定してください</translation>
    </message>
    <message>
        <source>destination needs static MAPPED REAL</source>
        <translation>destination には static マップ先 実アドレス が必要です</translation>
    </message>
    <message>
        <source>"%1" is not a NAT keyword here; the statement is not used</source>
        <translation>「%1」はここで使える NAT のキーワードではありません。この文は使いません</translation>
    </message>
    <message>
        <source>timeout %1 needs hh:mm:ss</source>
        <translation>timeout %1 には hh:mm:ss が必要です</translation>
    </message>
    <message>
        <source>timeout needs a name and hh:mm:ss</source>
        <translation>timeout には名前と hh:mm:ss が必要です</translation>
    </message>
    <message>
        <source>timers not used by the simulation: %1</source>
        <translation>シミュレーションで使わないタイマー: %1</translation>
    </message>
    <message>
        <source>object groups nest too deeply (a loop?) at %1</source>
        <translation>%1 でオブジェクトグループの入れ子が深すぎます（循環していませんか）</translation>
    </message>
    <message>
        <source>object %1 is not defined</source>
        <translation>オブジェクト %1 は定義されていません</translation>
    </message>
    <message>
        <source>object %1 is an FQDN (%2), resolved at run time; not modelled</source>
        <translation>オブジェクト %1 は FQDN（%2）で、動作時に解決されます。モデル化していません</translation>
    </message>
    <message>
        <source>object %1 holds no IPv4 address (cut off, or IPv6 only?)</source>
        <translation>オブジェクト %1 に IPv4 アドレスがありません（途中で切れているか、IPv6 のみではありませんか）</translation>
    </message>
    <message>
        <source>port block allocation is not modelled; ports are allocated one by one</source>
        <translation>ポートブロック割り当てはモデル化していません。ポートは 1 つずつ割り当てます</translation>
    </message>
    <message>
        <source>rule not imported</source>
        <translation>ルールは取り込んでいません</translation>
    </message>
    <message>
        <source>dynamic NAT over several mapped addresses is simulated as PAT over them</source>
        <translation>複数のマップ先アドレスへのダイナミック NAT は、それらのアドレスでの PAT としてシミュレーションします</translation>
    </message>
    <message>
        <source>the fallback to the interface address when the pool is exhausted is not modelled</source>
        <translation>プール枯渇時のインターフェイスアドレスへのフォールバックはモデル化していません</translation>
    </message>
    <message>
        <source>interface PAT needs a mapped interface, not any</source>
        <translation>インターフェイス PAT には any ではなくマップ先インターフェイスが必要です</translation>
    </message>
    <message>
        <source>%1 only apply to a pat-pool; ignored</source>
        <translation>%1 は pat-pool にのみ適用されます。無視しました</translation>
    </message>
    <message>
        <source>the service restriction of a dynamic rule is not modelled: it applies to every port</source>
        <translation>ダイナミックルールの service による限定はモデル化していません。すべてのポートに適用します</translation>
    </message>
    <message>
        <source>static NAT of a group of several address blocks is not modelled</source>
        <translation>複数のアドレスブロックからなるグループのスタティック NAT はモデル化していません</translation>
    </message>
    <message>
        <source>static NAT of several addresses onto the interface address</source>
        <translation>複数のアドレスをインターフェイスアドレスへスタティック NAT しています</translation>
    </message>
    <message>
        <source>the real and mapped objects differ in size</source>
        <translation>実アドレスとマップ先のオブジェクトの大きさが異なります</translation>
    </message>
    <message>
        <source>static NAT of an address range that is not one subnet</source>
        <translation>1 つのサブネットではないアドレス範囲のスタティック NAT です</translation>
    </message>
    <message>
        <source>service object %1 is not defined</source>
        <translation>サービスオブジェクト %1 は定義されていません</translation>
    </message>
    <message>
        <source>the real and mapped services differ in protocol</source>
        <translation>実サービスとマップ先サービスのプロトコルが異なります</translation>
    </message>
    <message>
        <source>the service objects name no single port</source>
        <translation>サービスオブジェクトが単一のポートを指定していません</translation>
    </message>
    <message>
        <source>tcp-udp is imported as its UDP half</source>
        <translation>tcp-udp は UDP の部分として取り込みました</translation>
    </message>
    <message>
        <source>static PAT of %1 is not modelled</source>
        <translation>%1 のスタティック PAT はモデル化していません</translation>
    </message>
    <message>
        <source>static PAT of a whole subnet</source>
        <translation>サブネット全体のスタティック PAT です</translation>
    </message>
    <message>
        <source>unidirectional: the simulation still lets inbound packets through this rule</source>
        <translation>unidirectional: シミュレーションではこのルールで受信方向のパケットも通します</translation>
    </message>
    <message>
        <source>interface %1 is the real side of one rule and the mapped side of another; it stays %2</source>
        <translation>インターフェイス %1 はあるルールの実側で、別のルールのマップ先側です。%2 のままにします</translation>
    </message>
    <message>
        <source>interface %1 taken as inside: a rule translates from any interface</source>
        <translation>インターフェイス %1 を内側とみなしました。任意のインターフェイスから変換するルールがあります</translation>
    </message>
    <message>
        <source>NAT names interface %1, which no interface has as its nameif</source>
        <translation>NAT がインターフェイス %1 を指定していますが、その nameif を持つインターフェイスはありません</translation>
    </message>
    <message>
        <source>interface %1 has an address but no nameif; NAT cannot use it</source>
        <translation>インターフェイス %1 にはアドレスがありますが nameif がありません。NAT では使えません</translation>
    </message>
    <message>
        <source>inactive rule; not imported</source>
        <translation>無効（inactive）なルールです。取り込んでいません</translation>
    </message>
    <message>
        <source>the destination part of this twice NAT rule is not modelled: the simulation applies the rule to every destination</source>
        <translation>この Twice NAT ルールの宛先部分はモデル化していません。シミュレーションではすべての宛先に適用します</translation>
    </message>
    <message>
        <source>timeout udp / pat-xlate not in the configuration: ASA defaults 0:02:00 and 0:00:30 assumed</source>
        <translation>設定に timeout udp / pat-xlate がありません。ASA の既定値 0:02:00 と 0:00:30 を仮定しました</translation>
    </message>
    <message>
        <source>no twice NAT rule read before has these words; nothing removed</source>
        <translation>これより前に読み込んだ Twice NAT ルールに一致するものがありません。何も削除しません</translation>
    </message>
    <message>
        <source>object %1 has no NAT rule with these words; nothing removed</source>
        <translation>オブジェクト %1 にはこの内容の NAT ルールがありません。何も削除しません</translation>
    </message>
</context>
<context>
    <name>AsaShowNatReader</name>
    <message>
        <source>a rule before any section heading</source>
        <translation>セクション見出しより前にルールがあります</translation>
    </message>
    <message>
        <source>hit counters without the rule they belong to</source>
        <translation>所属するルールのないヒットカウンターです</translation>
    </message>
    <message>
        <source>counter out of range</source>
        <translation>カウンターが範囲外です</translation>
    </message>
    <message>
        <source>not a line of show nat / show nat detail</source>
        <translation>show nat / show nat detail の行ではありません</translation>
    </message>
    <message>
        <source>no hit counters follow this rule (cut off?)</source>
        <translation>このルールの後にヒットカウンターがありません（途中で切れていませんか）</translation>
    </message>
    <message>
        <source>section %1 rule %2 (%3 to %4)</source>
        <translation>セクション %1 ルール %2（%3 から %4）</translation>
    </message>
    <message>
        <source>%1: never hit</source>
        <translation>%1: 一度もヒットしていません</translation>
    </message>
    <message>
        <source>%1: %2 translated, %3 untranslated (inbound)</source>
        <translation>%1: 変換 %2 件、逆変換（受信）%3 件</translation>
    </message>
</context>
<context>
    <name>AsaXlateReader</name>
    <message>
        <source>Cisco ASA show xlate</source>
        <translation>Cisco ASA show xlate</translation>
    </message>
    <message>
        <source>xlate entry cut short: its flags, idle and timeout line is missing; the addresses were kept</source>
        <translation>xlate エントリが途中で切れています（flags・idle・timeout の行がありません）。アドレスは取り込みました</translation>
    </message>
    <message>
        <source>malformed flags, idle or timeout of the entry above</source>
        <translation>直前のエントリの flags、idle または timeout の形式が正しくありません</translation>
    </message>
    <message>
        <source>the count of translations in use is not a number</source>
        <translation>使用中の変換数が数値ではありません</translation>
    </message>
    <message>
        <source>more than %1 translations; the rest was not read</source>
        <translation>変換が %1 件を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>malformed xlate entry; expected "[protocol] PAT|NAT from IF:ADDRESS to IF:ADDRESS …"</source>
        <translation>xlate エントリの形式が正しくありません。"[プロトコル] PAT|NAT from IF:アドレス to IF:アドレス …" の形式が必要です</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>解釈できません</translation>
    </message>
    <message>
        <source>an address or port is not valid; kept as printed</source>
        <translation>アドレスまたはポートが正しくありません。表示どおりの文字列として保持しました</translation>
    </message>
    <message>
        <source>malformed flags, idle or timeout; the addresses were kept</source>
        <translation>flags、idle または timeout の形式が正しくありません。アドレスは取り込みました</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>自動保存フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot lock the autosave folder %1.</source>
        <translation>自動保存フォルダー %1 をロックできません。</translation>
    </message>
    <message>
        <source>Cannot write the autosave record %1: %2</source>
        <translation>自動保存の記録 %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>BlockedPortRule</name>
    <message>
        <source>%1 needs %2 (%3).</source>
        <translation>%1 には %2 が必要です（%3）。</translation>
    </message>
    <message>
        <source>%1 blocks %2, which HCX needs</source>
        <translation>%1 が HCX に必要な %2 をブロックしています</translation>
    </message>
    <message>
        <source>%1 filters %2, but the port catalogue lists these flows as required: %3 (The simulation does not apply filters: the tunnel states shown assume the ports are open.)</source>
        <translation>%1 は %2 をフィルタしていますが、ポートカタログではこれらの通信が必須です: %3（シミュレーションはフィルタを適用しません。表示されるトンネル状態はポートが開いている前提です。）</translation>
    </message>
    <message>
        <source>%1: blocked ports %2.</source>
        <translation>%1: ブロック中のポート %2。</translation>
    </message>
    <message>
        <source>%1 is behind %2.</source>
        <translation>%1 は %2 の内側にあります。</translation>
    </message>
    <message>
        <source>Required port blocked</source>
        <translation>必須ポートのブロック</translation>
    </message>
</context>
<context>
    <name>Bookmark</name>
    <message>
        <source>"%1" is not a bookmark (expected "STEP|label")</source>
        <translation>「%1」はブックマークではありません（"STEP|label" の形式で指定してください）</translation>
    </message>
    <message>
        <source>expected a bookmark {"at", "event", "subject", "label"}</source>
        <translation>ブックマーク {"at", "event", "subject", "label"} が必要です</translation>
    </message>
    <message>
        <source>unknown member of a bookmark (expected one of: %1)</source>
        <translation>ブックマークの不明な項目です（次のいずれかを指定してください: %1）</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>テキストが必要です</translation>
    </message>
    <message>
        <source>a bookmark needs "event" (or a legacy "step")</source>
        <translation>ブックマークには "event"（または旧形式の "step"）が必要です</translation>
    </message>
    <message>
        <source>expected a step number (-1 or more)</source>
        <translation>ステップ番号（-1 以上）が必要です</translation>
    </message>
    <message>
        <source>not allowed in a legacy bookmark (one with "step")</source>
        <translation>旧形式のブックマーク（"step" を持つもの）では使用できません</translation>
    </message>
    <message>
        <source>not allowed together with "event"</source>
        <translation>"event" と同時には使用できません</translation>
    </message>
    <message>
        <source>"%1" is not an event kind (expected one of: %2)</source>
        <translation>「%1」はイベントの種類ではありません（次のいずれかを指定してください: %2）</translation>
    </message>
    <message>
        <source>expected a number of seconds of zero or more</source>
        <translation>0 以上の秒数が必要です</translation>
    </message>
    <message>
        <source>expected an object id</source>
        <translation>オブジェクト ID が必要です</translation>
    </message>
    <message>
        <source>"%1" is not a tunnel state (expected one of: %2)</source>
        <translation>「%1」はトンネル状態ではありません（次のいずれかを指定してください: %2）</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>Reconstruct translations and tunnel states from packet captures</source>
        <translation>パケットキャプチャから NAT 変換とトンネル状態を再構成する</translation>
    </message>
    <message>
        <source>Reads pcap or pcapng captures taken on the inside and the outside of one NAT device and prints the translations it made (paired IKE and ESP packets) and each tunnel's state. With one capture: its tunnels and NAT detection from the IKE NAT_DETECTION hashes.</source>
        <translation>1 台の NAT デバイスの内側と外側で取得した pcap または pcapng キャプチャを読み、そのデバイスが行った NAT 変換 (対応付けた IKE と ESP のパケット) と各トンネルの状態を表示します。キャプチャが 1 つの場合は、そのトンネルと IKE の NAT_DETECTION ハッシュによる NAT 検出を表示します。</translation>
    </message>
    <message>
        <source>Capture taken inside the NAT device</source>
        <translation>NAT デバイスの内側で取得したキャプチャ</translation>
    </message>
    <message>
        <source>Capture taken outside it (optional)</source>
        <translation>外側で取得したキャプチャ (省略可)</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON で出力</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>usage: meshnat-cli capture INSIDE.pcap [OUTSIDE.pcap] [--json]</source>
        <translation>使い方: meshnat-cli capture INSIDE.pcap [OUTSIDE.pcap] [--json]</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 frames, %4 IPsec packets</source>
        <translation>%1 (%2): %3 フレーム、IPsec パケット %4 個</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>内側</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外側</translation>
    </message>
    <message numerus="yes">
        <source>Translations (%n paired packet(s)):</source>
        <translation>
            <numerusform>NAT 変換 (対応付けたパケット %n 個):</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>Inside local</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>Inside global</translation>
    </message>
    <message>
        <source>Outside global</source>
        <translation>Outside global</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回観測</translation>
    </message>
    <message>
        <source>Packets out/in</source>
        <translation>パケット 送信/受信</translation>
    </message>
    <message>
        <source>  Delay across the NAT device: median %1 µs, max %2 µs</source>
        <translation>  NAT デバイス通過の遅延: 中央値 %1 µs、最大 %2 µs</translation>
    </message>
    <message>
        <source>Tunnels:</source>
        <translation>トンネル:</translation>
    </message>
    <message>
        <source> (as %1 outside)</source>
        <translation> (外側では %1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>lost at the NAT device: %1</source>
        <translation>NAT デバイスで消失: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n NAT-T keepalive(s) sent</source>
        <translation>
            <numerusform>NAT-T キープアライブ %n 個を送信</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT detection (IKE_SA_INIT hashes):</source>
        <translation>NAT 検出 (IKE_SA_INIT のハッシュ):</translation>
    </message>
</context>
<context>
    <name>CaptureComparison</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>no packets of %1</source>
        <translation>%1 のパケットなし</translation>
    </message>
    <message>
        <source>Up at once</source>
        <translation>すぐに Up</translation>
    </message>
    <message numerus="yes">
        <source>Up after %1 s, %n IKE retransmission(s)</source>
        <translation>
            <numerusform>%1 秒後に Up、IKE 再送 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>no appliance with uplink %1</source>
        <translation>アップリンク %1 のアプライアンスなし</translation>
    </message>
    <message>
        <source>Port kept or moved</source>
        <translation>ポートの維持・変更</translation>
    </message>
    <message>
        <source>Moved port number</source>
        <translation>変更後のポート番号</translation>
    </message>
    <message>
        <source>Tunnel state</source>
        <translation>トンネル状態</translation>
    </message>
    <message>
        <source>Time to come Up</source>
        <translation>Up までの時間</translation>
    </message>
    <message>
        <source>Not in the capture</source>
        <translation>キャプチャにない</translation>
    </message>
    <message>
        <source>Not in the project</source>
        <translation>プロジェクトにない</translation>
    </message>
    <message>
        <source>The device kept or moved UDP 4500 unlike its profile predicts. Either another flow the project does not know held 4500 behind the same global address (add it as background traffic), or the device is not the profile chosen (check the model and firmware, and try another profile).</source>
        <translation>デバイスは UDP 4500 をプロファイルの予測と異なる形で維持または変更しました。プロジェクトにない別のフローが同じグローバルアドレスの 4500 を使っていた (バックグラウンドトラフィックとして追加してください) か、デバイスが選択したプロファイルと異なります (機種とファームウェアを確認し、別のプロファイルを試してください)。</translation>
    </message>
    <message>
        <source>Both moved the port, to different numbers. Which free port a NAT picks is not predictable (Linux netfilter picks it at random: three runs of the capture lab gave three different ports), so only the fact that it moved is compared.</source>
        <translation>どちらもポートを変更しましたが、番号が異なります。NAT がどの空きポートを選ぶかは予測できない (Linux netfilter はランダムに選びます: キャプチャラボを 3 回実行して 3 つの異なるポートになりました) ため、変更されたかどうかだけを比較します。</translation>
    </message>
    <message>
        <source>The simulation and the real tunnel end in different states. When the capture is Down and the simulation Up, something outside the model stops the tunnel: see where the packets were lost (a firewall, the peer's policy, a second NAT). When the capture is Up and the simulation Down, the peer is more tolerant than the simulated peer port policy: set the cloud appliance's policy to "learned".</source>
        <translation>シミュレーションと実際のトンネルの最終状態が異なります。キャプチャが Down でシミュレーションが Up の場合、モデル外の何かがトンネルを止めています: パケットが失われた場所を確認してください (ファイアウォール、ピアのポリシー、2 段目の NAT)。キャプチャが Up でシミュレーションが Down の場合、ピアはシミュレーションのピアポートポリシーより寛容です: クラウド側アプライアンスのポリシーを "learned" にしてください。</translation>
    </message>
    <message>
        <source>The real tunnel needed IKE retransmissions before it came Up; the simulation has no loss. Look for packet loss or a rate limit on the path of UDP 500/4500.</source>
        <translation>実際のトンネルは Up になるまでに IKE の再送が必要でした。シミュレーションにはパケットロスがありません。UDP 500/4500 の経路上のパケットロスやレート制限を確認してください。</translation>
    </message>
    <message>
        <source>The capture has no IKE or ESP of this appliance: it was taken at another point of the path, with a filter that excludes it, or the appliance did not try.</source>
        <translation>キャプチャにこのアプライアンスの IKE も ESP もありません: 経路上の別の地点で取得されたか、フィルタで除外されたか、アプライアンスが接続を試みていません。</translation>
    </message>
    <message>
        <source>An IPsec initiator in the capture is not an appliance of the project. Add it (as an appliance or as background traffic): it competes for the same ports.</source>
        <translation>キャプチャ内の IPsec イニシエータがプロジェクトのアプライアンスにありません。同じポートを奪い合うため、アプライアンスまたはバックグラウンドトラフィックとして追加してください。</translation>
    </message>
</context>
<context>
    <name>CaptureComparisonModel</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
</context>
<context>
    <name>CaptureImportController</name>
    <message>
        <source>Import Packet &amp;Captures…</source>
        <translation>パケットキャプチャのインポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Reconstruct a NAT device's real translations and tunnels from captures taken inside and outside it, and compare them with the simulation</source>
        <translation>NAT デバイスの内側と外側で取得したキャプチャから実際の NAT 変換とトンネルを再構成し、シミュレーションと比較します</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Import Packet Captures</source>
        <translation>パケットキャプチャのインポート</translation>
    </message>
    <message>
        <source>The project has no NAT device the captures could belong to.</source>
        <translation>プロジェクトにキャプチャを関連付けられる NAT デバイスがありません。</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>パケットキャプチャ (*.pcap *.pcapng *.cap *.dmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Packet Captures: the captures inside and outside the NAT device</source>
        <translation>パケットキャプチャの取り込み: NAT デバイスの内側と外側のキャプチャ</translation>
    </message>
    <message numerus="yes">
        <source>%n IPv6 translation(s) not stored in the observed table (the model's addresses are IPv4)</source>
        <translation>
            <numerusform>IPv6 の変換 %n 件は観測テーブルに保存していません (モデルのアドレスは IPv4 です)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import captured translations into %1</source>
        <translation>キャプチャした変換を %1 に取り込み</translation>
    </message>
    <message>
        <source>The captured translations were not stored on %1: %2</source>
        <translation>キャプチャした変換を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CaptureImportDialog</name>
    <message>
        <source>Import Packet Captures</source>
        <translation>パケットキャプチャのインポート</translation>
    </message>
    <message>
        <source>Where was each capture taken? MeshNAT pairs the packets seen inside and outside one NAT device to reconstruct the translations it made.</source>
        <translation>各キャプチャはどこで取得しましたか? MeshNAT は 1 台の NAT デバイスの内側と外側で見えたパケットを対応付けて、そのデバイスが行った NAT 変換を再構成します。</translation>
    </message>
    <message>
        <source>Capture file</source>
        <translation>キャプチャファイル</translation>
    </message>
    <message>
        <source>NAT device</source>
        <translation>NAT デバイス</translation>
    </message>
    <message>
        <source>Capture point</source>
        <translation>取得地点</translation>
    </message>
    <message>
        <source>Inside (appliance side)</source>
        <translation>内側 (アプライアンス側)</translation>
    </message>
    <message>
        <source>Outside (internet side)</source>
        <translation>外側 (インターネット側)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>%1 has more than one capture at the same point; give each device one inside and one outside capture.</source>
        <translation>%1 の同じ地点に複数のキャプチャがあります。各デバイスに内側と外側のキャプチャを 1 つずつ指定してください。</translation>
    </message>
    <message>
        <source>%1 has an outside capture only: its tunnels and NAT detection are shown, no translations.</source>
        <translation>%1 には外側のキャプチャしかありません: トンネルと NAT 検出は表示しますが、NAT 変換は表示しません。</translation>
    </message>
    <message>
        <source>pcapng, readable</source>
        <translation>pcapng、読み取り可</translation>
    </message>
    <message>
        <source>pcap, readable</source>
        <translation>pcap、読み取り可</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Add Captures…</source>
        <translation>キャプチャを追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1 は除外します: %2</translation>
    </message>
    <message>
        <source>Add the captures taken inside and outside the NAT device.</source>
        <translation>NAT デバイスの内側と外側で取得したキャプチャを追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>The captures are assigned to %n NAT device(s); import the captures of one device at a time.</source>
        <translation>
            <numerusform>キャプチャが %n 台の NAT デバイスに割り当てられています。キャプチャは 1 台ずつ取り込んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an inside capture only: its tunnels and NAT detection are shown, no translations.</source>
        <translation>%1 には内側のキャプチャしかありません。トンネルと NAT 検出は表示しますが、変換は再構成しません。</translation>
    </message>
</context>
<context>
    <name>CaptureObservedTable</name>
    <message>
        <source>%1 (inside)</source>
        <translation>%1 (内側)</translation>
    </message>
    <message>
        <source>%1 (outside)</source>
        <translation>%1 (外側)</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message numerus="yes">
        <source>%1: skipped %n frame(s): %2</source>
        <translation>
            <numerusform>%1: %n フレームをスキップ: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n IKE message(s) cut by the snapshot length (%2 bytes); their headers were read, NAT detection payloads may be missing</source>
        <translation>
            <numerusform>%1: IKE メッセージ %n 個がスナップショット長 (%2 バイト) で切れています。ヘッダーは読み取りましたが、NAT 検出ペイロードが欠けている可能性があります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1: 開けません</translation>
    </message>
    <message>
        <source>%1: empty file, not a packet capture</source>
        <translation>%1: 空のファイルです。パケットキャプチャではありません</translation>
    </message>
    <message>
        <source>%1: not a packet capture libpcap can read (pcap or pcapng): %2</source>
        <translation>%1: libpcap で読めるパケットキャプチャ (pcap または pcapng) ではありません: %2</translation>
    </message>
    <message>
        <source>%1: link type %2 (%3) is not supported; MeshNAT reads Ethernet (with VLAN tags), Linux cooked (SLL, SLL2) and raw IP captures</source>
        <translation>%1: リンクタイプ %2 (%3) には対応していません。MeshNAT が読めるのは Ethernet (VLAN タグ付きを含む)、Linux cooked (SLL, SLL2)、raw IP のキャプチャです</translation>
    </message>
    <message numerus="yes">
        <source>%1: reading stopped at frame %2 (the file is truncated or damaged: %3); the %n frame(s) before it were read</source>
        <translation>
            <numerusform>%1: フレーム %2 で読み取りを中止しました (ファイルが途中で切れているか破損しています: %3)。それ以前の %n フレームは読み取りました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only the first %2 IPsec packets were analysed; %3 more were counted but left out</source>
        <translation>%1: 解析したのは最初の IPsec パケット %2 個のみです。残り %3 個は数えましたが解析していません</translation>
    </message>
</context>
<context>
    <name>CaptureReconstruction</name>
    <message numerus="yes">
        <source>%n IKE/ESP packet(s) of the inside capture have no counterpart outside (dropped by the NAT device, or sent before or after the outside capture)</source>
        <translation>
            <numerusform>内側キャプチャの IKE/ESP パケット %n 個に対応する外側のパケットがありません (NAT デバイスで破棄されたか、外側キャプチャの期間外に送信されました)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IKE/ESP packet(s) of the outside capture have no counterpart inside (not forwarded, or outside the inside capture's time span)</source>
        <translation>
            <numerusform>外側キャプチャの IKE/ESP パケット %n 個に対応する内側のパケットがありません (転送されなかったか、内側キャプチャの期間外です)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureReplay</name>
    <message>
        <source>Captured inside: %1, %2 → %3.</source>
        <translation>内側でキャプチャ: %1、%2 → %3。</translation>
    </message>
    <message>
        <source>Captured outside: %1, %2 → %3.</source>
        <translation>外側でキャプチャ: %1、%2 → %3。</translation>
    </message>
    <message>
        <source> %1 sends it on as %2 → %3 (seen outside %4 µs later).</source>
        <translation> %1 はこれを %2 → %3 として送出しました (%4 µs 後に外側で観測)。</translation>
    </message>
    <message>
        <source> %1 translated %2 to %3 (%4 µs across the device).</source>
        <translation> %1 が %2 を %3 に変換しました (デバイス通過 %4 µs)。</translation>
    </message>
    <message>
        <source> %1 forwards it inside to %2 (seen inside %3 µs later).</source>
        <translation> %1 はこれを内側の %2 へ転送しました (%3 µs 後に内側で観測)。</translation>
    </message>
    <message>
        <source> %1 translated %2 back to %3 (%4 µs across the device).</source>
        <translation> %1 が %2 を %3 へ戻し変換しました (デバイス通過 %4 µs)。</translation>
    </message>
    <message>
        <source> It was never seen outside: %1 dropped it.</source>
        <translation> 外側では観測されていません: %1 が破棄しました。</translation>
    </message>
    <message>
        <source> It was never seen inside: %1 did not forward it.</source>
        <translation> 内側では観測されていません: %1 は転送しませんでした。</translation>
    </message>
    <message>
        <source> The outside capture was not running then.</source>
        <translation> この時点で外側のキャプチャは動いていませんでした。</translation>
    </message>
    <message>
        <source> The inside capture was not running then.</source>
        <translation> この時点で内側のキャプチャは動いていませんでした。</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>内側</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外側</translation>
    </message>
    <message>
        <source>%1 starts IKE toward %2 (captured %3).</source>
        <translation>%1 が %2 に向けて IKE を開始します (%3 でキャプチャ)。</translation>
    </message>
    <message>
        <source>The IKE_AUTH response was captured %1. By the end of the capture: %2.</source>
        <translation>IKE_AUTH の応答を%1でキャプチャしました。キャプチャ終了時点: %2。</translation>
    </message>
    <message>
        <source>Its last packet in the capture. By the end of the capture: %1.</source>
        <translation>キャプチャ内で最後のパケットです。キャプチャ終了時点: %1。</translation>
    </message>
    <message>
        <source>At %1: %2.</source>
        <translation>%1 で: %2。</translation>
    </message>
    <message>
        <source>the NAT device</source>
        <translation>NAT デバイス</translation>
    </message>
    <message>
        <source>%1 (captured)</source>
        <translation>%1 (キャプチャ)</translation>
    </message>
    <message>
        <source>%1 (inside)</source>
        <translation>%1 (内側)</translation>
    </message>
    <message>
        <source>%1 (outside)</source>
        <translation>%1 (外側)</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <source>No packet capture imported. File → Import Packet Captures…</source>
        <translation>パケットキャプチャはインポートされていません。ファイル → パケットキャプチャのインポート…</translation>
    </message>
    <message>
        <source>%1 (inside)</source>
        <translation>%1 (内側)</translation>
    </message>
    <message>
        <source>%1 (outside)</source>
        <translation>%1 (外側)</translation>
    </message>
    <message numerus="yes">
        <source>Captured at %1: %2. %n translation(s) reconstructed</source>
        <translation>
            <numerusform>%1 で取得: %2。NAT 変換 %n 件を再構成</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>; %n tunnel(s) in the capture</source>
        <translation>
            <numerusform>。キャプチャ内のトンネル %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n Up.</source>
        <translation>
            <numerusform>、うち Up %n 本。</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation agrees with the capture.</source>
        <translation>シミュレーションはキャプチャと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>The simulation disagrees with the capture in %n point(s).</source>
        <translation>
            <numerusform>シミュレーションとキャプチャは %n 点で一致しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Captured NAT table</source>
        <translation>キャプチャした NAT 変換テーブル</translation>
    </message>
    <message>
        <source>Captured timeline</source>
        <translation>キャプチャしたタイムライン</translation>
    </message>
    <message>
        <source>Capture vs simulation</source>
        <translation>キャプチャとシミュレーションの比較</translation>
    </message>
</context>
<context>
    <name>CapturedTimelineModel</name>
    <message>
        <source>%1 response #%2</source>
        <translation>%1 応答 #%2</translation>
    </message>
    <message>
        <source>%1 request #%2</source>
        <translation>%1 要求 #%2</translation>
    </message>
    <message>
        <source>ESP SPI 0x%1 seq %2</source>
        <translation>ESP SPI 0x%1 シーケンス %2</translation>
    </message>
    <message>
        <source>NAT-T keepalive</source>
        <translation>NAT-T キープアライブ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>内側</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外側</translation>
    </message>
    <message>
        <source>not seen on the other side</source>
        <translation>反対側で観測されず</translation>
    </message>
    <message>
        <source>%1 ↔ %2, %3 µs</source>
        <translation>%1 ↔ %2、%3 µs</translation>
    </message>
    <message>
        <source>Captured packet, frame %1 of %2</source>
        <translation>キャプチャしたパケット、%2 のフレーム %1</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時刻 (秒)</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>取得地点</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>パケット</translation>
    </message>
    <message>
        <source>Across the NAT device</source>
        <translation>NAT デバイス通過</translation>
    </message>
</context>
<context>
    <name>CapturedTranslationModel</name>
    <message>
        <source>Captured: %1 was translated to %2 toward %3 (%4 packets out, %5 in, seen on both sides of %6)</source>
        <translation>キャプチャ: %1 は %3 宛てに %2 へ変換されました (送信 %4 パケット、受信 %5 パケット、%6 の両側で観測)</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>Inside global</translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>Inside local</translation>
    </message>
    <message>
        <source>Outside local</source>
        <translation>Outside local</translation>
    </message>
    <message>
        <source>Outside global</source>
        <translation>Outside global</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>初回観測 (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>最終観測 (UTC)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>In</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Keepalives</source>
        <translation>キープアライブ</translation>
    </message>
</context>
<context>
    <name>CapturedTunnel</name>
    <message>
        <source>IKE not in the capture</source>
        <translation>キャプチャに IKE なし</translation>
    </message>
    <message>
        <source>IKE_SA_INIT not answered</source>
        <translation>IKE_SA_INIT に応答なし</translation>
    </message>
    <message>
        <source>IKE_SA_INIT answered, IKE_AUTH not answered</source>
        <translation>IKE_SA_INIT は応答あり、IKE_AUTH は応答なし</translation>
    </message>
    <message>
        <source>IKE established</source>
        <translation>IKE 確立</translation>
    </message>
    <message>
        <source>no ESP</source>
        <translation>ESP なし</translation>
    </message>
    <message>
        <source>ESP both ways</source>
        <translation>ESP 双方向</translation>
    </message>
    <message>
        <source>ESP outbound only (nothing comes back)</source>
        <translation>ESP 送信のみ (戻りなし)</translation>
    </message>
    <message>
        <source>ESP inbound only</source>
        <translation>ESP 受信のみ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n IKE retransmission(s)</source>
        <translation>
            <numerusform>、IKE 再送 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>expected non-empty text</source>
        <translation>空でないテキストが必要です</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>%1～%2 の整数が必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a MeshNAT catalogue</source>
        <translation>%1 は MeshNAT カタログとしては大きすぎます</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON が不正です: %1</translation>
    </message>
    <message>
        <source>not a MeshNAT catalogue (expected "format": "meshnat-catalogue")</source>
        <translation>MeshNAT カタログではありません（"format": "meshnat-catalogue" が必要です）</translation>
    </message>
    <message>
        <source>missing or invalid format version</source>
        <translation>形式バージョンがないか不正です</translation>
    </message>
    <message>
        <source>written by a newer MeshNAT (catalogue version %1; this version reads up to version 1)</source>
        <translation>新しい MeshNAT で作成されています（カタログのバージョン %1。このバージョンで読めるのはバージョン 1 までです）</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>a paired type needs a default peer policy</source>
        <translation>ペアを組むタイプには既定のピアポリシーが必要です</translation>
    </message>
    <message>
        <source>type "%1" is listed twice</source>
        <translation>タイプ「%1」が二重に登録されています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a NAT-T tunnel flow must be UDP</source>
        <translation>NAT-T トンネルのフローは UDP でなければなりません</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>%1 "%2"</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>object #%1</source>
        <translation>オブジェクト #%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its parent is created later in the same change</source>
        <translation>親オブジェクトが同じ変更の後の方で作成されます</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>もう存在しません</translation>
    </message>
    <message>
        <source>it refers to an object the change does not create</source>
        <translation>この変更で作成されないオブジェクトを参照しています</translation>
    </message>
</context>
<context>
    <name>CiscoConfigReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a router configuration (limit %3 MB)</source>
        <translation>%1: %2 MB はルーター設定として大きすぎます (上限 %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>pool range needs two IPv4 addresses</source>
        <translation>プールの範囲には IPv4 アドレスが 2 つ必要です</translation>
    </message>
    <message>
        <source>not understood in an ip nat pool</source>
        <translation>ip nat pool の中で解釈できません</translation>
    </message>
    <message>
        <source>not understood in a route-map</source>
        <translation>route-map の中で解釈できません</translation>
    </message>
    <message>
        <source>inside a block that is not used for NAT</source>
        <translation>NAT に使わないブロックの中の行です</translation>
    </message>
    <message>
        <source>only standard and extended access lists are read</source>
        <translation>読み込むのは standard と extended のアクセスリストだけです</translation>
    </message>
    <message>
        <source>access-list number must be 1-99 or 1300-1999 (standard) or 100-199 or 2000-2699 (extended)</source>
        <translation>access-list の番号は 1-99 か 1300-1999 (standard)、または 100-199 か 2000-2699 (extended) でなければなりません</translation>
    </message>
    <message>
        <source>NAT setting recorded; the simulator does not model it</source>
        <translation>NAT 設定は記録しましたが、シミュレーターでは再現しません</translation>
    </message>
    <message>
        <source>NAT statement not modelled by the simulator</source>
        <translation>シミュレーターが再現しない NAT ステートメントです</translation>
    </message>
    <message>
        <source>not used for NAT</source>
        <translation>NAT には使いません</translation>
    </message>
    <message>
        <source>address from DHCP: enter the address the router got</source>
        <translation>DHCP のアドレスです: ルーターが取得したアドレスを入力してください</translation>
    </message>
    <message>
        <source>expected "ip address A.B.C.D NETMASK [secondary]"</source>
        <translation>"ip address A.B.C.D NETMASK [secondary]" の形式が必要です</translation>
    </message>
    <message>
        <source>expected ip nat inside, outside or enable</source>
        <translation>ip nat inside、outside、enable のいずれかが必要です</translation>
    </message>
    <message>
        <source>NAT Virtual Interface (ip nat enable) is not modelled</source>
        <translation>NAT Virtual Interface (ip nat enable) は再現しません</translation>
    </message>
    <message>
        <source>interface setting not used for NAT</source>
        <translation>NAT に使わないインターフェイス設定です</translation>
    </message>
    <message>
        <source>an access-list entry starts with permit, deny or remark</source>
        <translation>アクセスリストのエントリは permit、deny、remark のいずれかで始まります</translation>
    </message>
    <message>
        <source>an extended entry needs a protocol</source>
        <translation>extended のエントリにはプロトコルが必要です</translation>
    </message>
    <message>
        <source>source must be any, host A.B.C.D or A.B.C.D with a contiguous wildcard</source>
        <translation>送信元は any、host A.B.C.D、または連続したワイルドカード付きの A.B.C.D でなければなりません</translation>
    </message>
    <message>
        <source>destination must be any, host A.B.C.D or A.B.C.D WILDCARD, then optional ports</source>
        <translation>宛先は any、host A.B.C.D、A.B.C.D WILDCARD のいずれかで、その後にポート指定を置けます</translation>
    </message>
    <message>
        <source>ip nat pool needs a name and a prefix-length or netmask</source>
        <translation>ip nat pool には名前と prefix-length または netmask が必要です</translation>
    </message>
    <message>
        <source>a pool range needs a first and a last address</source>
        <translation>プールの範囲には開始アドレスと終了アドレスが必要です</translation>
    </message>
    <message>
        <source>the pool's first address is after its last</source>
        <translation>プールの開始アドレスが終了アドレスより後ろです</translation>
    </message>
    <message>
        <source>invalid %1 "%2"</source>
        <translation>%1 "%2" が不正です</translation>
    </message>
    <message>
        <source>unexpected "%1" in ip nat pool</source>
        <translation>ip nat pool に予期しない "%1" があります</translation>
    </message>
    <message>
        <source>ip nat pool needs a prefix-length or netmask</source>
        <translation>ip nat pool には prefix-length または netmask が必要です</translation>
    </message>
    <message>
        <source>pool type %1 is not modelled</source>
        <translation>プールタイプ %1 は再現しません</translation>
    </message>
    <message>
        <source>expected static network LOCAL GLOBAL /LENGTH|NETMASK</source>
        <translation>static network LOCAL GLOBAL /LENGTH|NETMASK の形式が必要です</translation>
    </message>
    <message>
        <source>expected static %1 LOCAL PORT GLOBAL PORT</source>
        <translation>static %1 LOCAL PORT GLOBAL PORT の形式が必要です</translation>
    </message>
    <message>
        <source>expected interface NAME PORT</source>
        <translation>interface NAME PORT の形式が必要です</translation>
    </message>
    <message>
        <source>expected static LOCAL GLOBAL</source>
        <translation>static LOCAL GLOBAL の形式が必要です</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>%1 には名前が必要です</translation>
    </message>
    <message>
        <source>expected interface NAME or pool NAME</source>
        <translation>interface NAME または pool NAME が必要です</translation>
    </message>
    <message>
        <source>expected list, route-map or static after source</source>
        <translation>source の後には list、route-map、static のいずれかが必要です</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>予期しない "%1" があります</translation>
    </message>
    <message>
        <source>interface NAT without overload is taken as overload (one address)</source>
        <translation>overload のないインターフェイス NAT は overload (アドレス 1 つ) として扱います</translation>
    </message>
    <message>
        <source>timeout must be seconds (0-2147483) or never</source>
        <translation>タイムアウトは秒数 (0-2147483) か never でなければなりません</translation>
    </message>
    <message>
        <source>per-port timeouts are recorded but not simulated</source>
        <translation>ポート別タイムアウトは記録しましたがシミュレーションしません</translation>
    </message>
    <message>
        <source>expected ip nat translation KIND-timeout SECONDS|never</source>
        <translation>ip nat translation KIND-timeout SECONDS|never の形式が必要です</translation>
    </message>
    <message>
        <source>a command typed at a prompt, not configuration</source>
        <translation>プロンプトで入力したコマンドで、設定ではありません</translation>
    </message>
    <message>
        <source>the configuration is not indented: sub-commands at the start of a line are taken as part of the interface, access list, pool or route-map above them</source>
        <translation>設定にインデントがありません: 行頭のサブコマンドは、その上のインターフェイス、アクセスリスト、プール、route-map の一部として読み込みました</translation>
    </message>
    <message>
        <source>expected "address FIRST LAST" in an ip nat pool</source>
        <translation>ip nat pool では "address 先頭 末尾" の形式が必要です</translation>
    </message>
    <message>
        <source>a route-map's match interface is recorded but not modelled: the route-map is taken by its access lists only</source>
        <translation>route-map の match interface は記録しましたがモデル化していません: route-map はアクセスリストだけで判断します</translation>
    </message>
    <message>
        <source>NAT application gateway setting recorded; the simulator does not model ALGs (SIP, H.323, FTP …)</source>
        <translation>NAT のアプリケーションゲートウェイ設定を記録しました。シミュレーターは ALG (SIP、H.323、FTP など) をモデル化していません</translation>
    </message>
    <message>
        <source>interface needs a name</source>
        <translation>interface には名前が必要です</translation>
    </message>
    <message>
        <source>address negotiated by PPP: enter the address the router got</source>
        <translation>PPP でネゴシエートされるアドレスです: ルーターが取得したアドレスを入力してください</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: meshnat-cli COMMAND [OPTIONS] [ARGS]</source>
        <translation>使い方: meshnat-cli コマンド [オプション] [引数]</translation>
    </message>
    <message>
        <source>       meshnat-cli --help | --version</source>
        <translation>       meshnat-cli --help | --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run 'meshnat-cli COMMAND --help' for a command's options.</source>
        <translation>各コマンドのオプションは 'meshnat-cli コマンド --help' で表示されます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 invalid input, 2 usage error.</source>
        <translation>終了コード: 0 正常、1 入力が不正、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>meshnat-cli: unknown command "%1"</source>
        <translation>meshnat-cli: 不明なコマンド「%1」</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>meshnat-cli: unknown example "%1" (known: %2)</source>
        <translation>meshnat-cli: 不明なサンプル「%1」(利用可能: %2)</translation>
    </message>
    <message>
        <source>Project file (.meshnat)</source>
        <translation>プロジェクトファイル(.meshnat)</translation>
    </message>
    <message>
        <source>Use a bundled example instead of a file</source>
        <translation>ファイルの代わりに同梱サンプルを使います</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message numerus="yes">
        <source>%1: cannot simulate: %n value(s) are not valid (fix them, e.g. in the workbench's property editor; `meshnat-cli validate` lists every problem):</source>
        <translation>
            <numerusform>%1: シミュレーションできません: %n 個の値が不正です（ワークベンチのプロパティエディターなどで修正してください。`meshnat-cli validate` で全ての問題を一覧できます）:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloudDnatRule</name>
    <message>
        <source>%1 translates the cloud-side appliances %2</source>
        <translation>%1 がクラウド側アプライアンス %2 を変換しています</translation>
    </message>
    <message>
        <source>%1 sits in the cloud SDDC site in front of %2. HCX does not support DNAT in front of the cloud-side appliances: the on-premises appliances must reach their peers' own uplink addresses on UDP 4500, and the IPsec identities carry those addresses.</source>
        <translation>%1 はクラウド SDDC サイトで %2 の手前に置かれています。HCX はクラウド側アプライアンスの手前での DNAT をサポートしていません。オンプレミスのアプライアンスはピア自身のアップリンクアドレスの UDP 4500 に到達する必要があり、IPsec の ID もそのアドレスを使います。</translation>
    </message>
    <message>
        <source>Rule %1 on %2.</source>
        <translation>%2 のルール %1。</translation>
    </message>
    <message>
        <source>%1 is behind %2.</source>
        <translation>%1 は %2 の内側にあります。</translation>
    </message>
    <message>
        <source>NAT in front of the cloud side</source>
        <translation>クラウド側の手前の NAT</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1を変更</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1を移動</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>%1 と %2 を接続</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Replay two sites in lockstep and explain where their translations diverge</source>
        <translation>2 つのサイトを同じ歩調でリプレイし、NAT変換が分かれる箇所を説明します</translation>
    </message>
    <message>
        <source>First project file (.meshnat)</source>
        <translation>1 つ目のプロジェクトファイル（.meshnat）</translation>
    </message>
    <message>
        <source>Second project file (.meshnat)</source>
        <translation>2 つ目のプロジェクトファイル（.meshnat）</translation>
    </message>
    <message>
        <source>Use a bundled example as the first project</source>
        <translation>1 つ目のプロジェクトに同梱のサンプルを使う</translation>
    </message>
    <message>
        <source>Use a bundled example as the second project</source>
        <translation>2 つ目のプロジェクトに同梱のサンプルを使う</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON を出力</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>usage: meshnat-cli compare FILE_A FILE_B [--json] (or --example-a KEY / --example-b KEY in place of a file)</source>
        <translation>使い方: meshnat-cli compare FILE_A FILE_B [--json]（ファイルの代わりに --example-a KEY / --example-b KEY も可）</translation>
    </message>
    <message>
        <source>A: %1 — %2</source>
        <translation>A: %1 — %2</translation>
    </message>
    <message>
        <source>B: %1 — %2</source>
        <translation>B: %1 — %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(no step on this side)</source>
        <translation>（こちら側にはこのステップがありません）</translation>
    </message>
    <message>
        <source>Compare Sites — %1 ⇄ %2</source>
        <translation>サイト比較 — %1 ⇄ %2</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>アプライアンス</translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>内部ローカル</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>内部グローバル</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>|&lt; First</source>
        <translation>|&lt; 最初</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 前へ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <source>Go to &amp;Divergence</source>
        <translation>分岐点へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation>比較を閉じる (Esc)</translation>
    </message>
</context>
<context>
    <name>ConntrackReader</name>
    <message>
        <source>more than %1 connections; the rest was not read</source>
        <translation>接続が %1 件を超えました。残りは読み込んでいません</translation>
    </message>
    <message>
        <source>not a conntrack entry</source>
        <translation>conntrack のエントリではありません</translation>
    </message>
    <message>
        <source>a conntrack entry needs an original and a reply tuple</source>
        <translation>conntrack のエントリには元方向と応答方向のタプルが必要です</translation>
    </message>
    <message>
        <source>an address in this entry is not IPv4</source>
        <translation>このエントリのアドレスが IPv4 ではありません</translation>
    </message>
    <message>
        <source>Linux conntrack -L</source>
        <translation>Linux conntrack -L</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <source>Cannot recover project</source>
        <translation>プロジェクトを復元できません</translation>
    </message>
    <message>
        <source>Recovered %1 (saved %2); save it to keep it.</source>
        <translation>%1 を復元しました (保存日時 %2)。残すには保存してください。</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>Print JSON</source>
        <translation>JSON を出力</translation>
    </message>
    <message>
        <source>usage: meshnat-cli diagnose FILE | --example KEY [--json]</source>
        <translation>使い方: meshnat-cli diagnose FILE | --example KEY [--json]</translation>
    </message>
    <message>
        <source>%1: %2 finding(s): %3 error(s), %4 warning(s)</source>
        <translation>%1: 所見 %2 件（エラー %3 件、警告 %4 件）</translation>
    </message>
    <message>
        <source>Appliances: %1</source>
        <translation>アプライアンス: %1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>デバイス: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証拠:</translation>
    </message>
    <message>
        <source>step %1 at %2 s: </source>
        <translation>ステップ %1（%2 秒）: </translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation>修正（%1）: %2</translation>
    </message>
    <message>
        <source>Diagnose the tunnels: findings with root cause, evidence and a fix (exit code 3 when any finding is an error)</source>
        <translation>トンネルを診断します: 根本原因・根拠・対処を含む診断結果(エラーの診断結果があれば終了コード 3)</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>DiagnosisContext</name>
    <message>
        <source>a host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Cisco IOS PAT keeps a source port only while no other translation holds that global port, whatever its destination.</source>
        <translation>Cisco IOS の PAT は、宛先に関係なく、そのグローバルポートを他の変換が使っていない場合に限り送信元ポートを維持します。</translation>
    </message>
    <message>
        <source>Cisco ASA PAT keeps the real port only while it is free; by default it does not consider the destination.</source>
        <translation>Cisco ASA の PAT は実ポートが空いている場合に限りそれを維持します。既定では宛先を考慮しません。</translation>
    </message>
    <message>
        <source>Linux netfilter keeps mappings unique per full tuple, destination included: a port is refused only when it is already used toward the same destination.</source>
        <translation>Linux netfilter は宛先を含む 5 タプル単位でマッピングを一意に保ちます。同じ宛先に対して既に使われている場合にだけポートを使えません。</translation>
    </message>
    <message>
        <source>This NAT keeps a source port only while no other mapping holds it.</source>
        <translation>この NAT は、他のマッピングが使っていない場合に限り送信元ポートを維持します。</translation>
    </message>
    <message>
        <source>%1 delivers them to %2, which is %3, not the tunnel's appliance, and %3 drops them (no IPsec SA for them).</source>
        <translation>%1 はそれらを %2 に届けますが、そこはトンネルのアプライアンスではなく %3 であり、%3 はそれらを破棄します（対応する IPsec SA がありません）。</translation>
    </message>
    <message>
        <source>%1 delivers them to %2, where no HCX appliance listens.</source>
        <translation>%1 はそれらを %2 に届けますが、そこでは HCX アプライアンスが待ち受けていません。</translation>
    </message>
    <message>
        <source>%1 drops them: they match only its own conntrack entry for that sender's earlier unsolicited packets (%2 ↔ %3), which delivers nothing inward.</source>
        <translation>%1 はそれらを破棄します: 一致するのは、その送信元から先に届いた要求外のパケットに対するルーター自身の conntrack エントリ（%2 ↔ %3）だけで、これは内側へ何も届けません。</translation>
    </message>
    <message>
        <source>%1 has no translation of %2 for packets from %3 and drops them: %2 is held by %4, which accepts no other remote.</source>
        <translation>%1 には %3 からのパケットに対する %2 の変換がないため、それらを破棄します: %2 は %4 が使用しており、他のリモートからは受け付けません。</translation>
    </message>
    <message>
        <source>%1 has no translation of %2 for packets from %3 and drops them.</source>
        <translation>%1 には %3 からのパケットに対する %2 の変換がないため、それらを破棄します。</translation>
    </message>
    <message>
        <source>Tunnel %1 is Down.</source>
        <translation>トンネル %1 は Down です。</translation>
    </message>
    <message>
        <source>the router %1</source>
        <translation>ルーター %1</translation>
    </message>
    <message>
        <source>the static NAT %1 ↔ %2 of %3</source>
        <translation>%3 のスタティック NAT %1 ↔ %2</translation>
    </message>
    <message>
        <source>the static NAT %1 ↔ %2</source>
        <translation>スタティック NAT %1 ↔ %2</translation>
    </message>
    <message>
        <source>the static PAT %1 ↔ %2 of %3</source>
        <translation>%3 のスタティック PAT %1 ↔ %2</translation>
    </message>
    <message>
        <source>the static PAT %1 ↔ %2</source>
        <translation>スタティック PAT %1 ↔ %2</translation>
    </message>
    <message>
        <source>%1's own conntrack entry for an unsolicited packet from %2</source>
        <translation>%2 からの要求外のパケットに対する %1 自身の conntrack エントリ</translation>
    </message>
    <message>
        <source>%1's translation toward %2</source>
        <translation>%1 の変換（宛先 %2）</translation>
    </message>
    <message>
        <source>FortiGate source NAT keeps ports unique per destination and keeps an original port only within 5117-65533, unless the policy has fixedport.</source>
        <translation>FortiGate の送信元 NAT はポートを宛先ごとに一意に保ち、ポリシーに fixedport がない限り、元のポートを維持するのは 5117-65533 の範囲内だけです。</translation>
    </message>
    <message>
        <source>Juniper SRX source NAT with port translation gives every session a port of its own; it does not try to keep the source port.</source>
        <translation>Juniper SRX のポート変換ありの送信元 NAT は、セッションごとに専用のポートを割り当て、送信元ポートを保持しようとはしません。</translation>
    </message>
    <message>
        <source>YAMAHA RTX IP masquerade gives each inside address and port an outer port from its port range; it does not try to keep the source port.</source>
        <translation>YAMAHA RTX の IPマスカレードは、内側のアドレスとポートごとにポート範囲から外側ポートを割り当て、送信元ポートを保持しようとはしません。</translation>
    </message>
</context>
<context>
    <name>DiagnosisController</name>
    <message>
        <source>Applied: %1</source>
        <translation>適用しました: %1</translation>
    </message>
    <message>
        <source>Compare Sites</source>
        <translation>サイト比較</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>所見 (%1)</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Find what keeps the tunnels Down, why, and how to fix it</source>
        <translation>トンネルが Down のままになる原因と理由、その直し方を調べます</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Replay this project and another side by side and show where their translations diverge</source>
        <translation>このプロジェクトと別のプロジェクトを並べてリプレイし、NAT変換が分かれる箇所を示します</translation>
    </message>
    <message>
        <source>Compare With &amp;Example</source>
        <translation>サンプルと比較(&amp;E)</translation>
    </message>
    <message>
        <source>Apply Fix: %1</source>
        <translation>修正を適用: %1</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <source>The fix could not be applied: %1</source>
        <translation>修正を適用できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DiagramExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HCX Service Mesh diagram exported by MeshNAT</source>
        <translation>MeshNAT で出力した HCX サービスメッシュ構成図</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>the scale must be greater than zero</source>
        <translation>倍率は 0 より大きくしてください</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large; choose a smaller scale</source>
        <translation>%1 × %2 ピクセルは大きすぎます。倍率を小さくしてください</translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル分のメモリが足りません</translation>
    </message>
    <message>
        <source>MeshNAT diagram</source>
        <translation>MeshNAT 構成図</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>There is no example called "%1".</source>
        <translation>「%1」というサンプルはありません。</translation>
    </message>
    <message>
        <source>%1: the built-in example is missing</source>
        <translation>%1: 組み込みのサンプルが見つかりません</translation>
    </message>
    <message>
        <source>The project has no file name yet; use Save As.</source>
        <translation>プロジェクトにはまだファイル名がありません。「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: 書き込めません</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>Cloud SDDC</source>
        <translation>クラウド SDDC</translation>
    </message>
    <message>
        <source>%1 (recovered)</source>
        <translation>%1 (復元)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Add &amp;Site</source>
        <translation>サイトを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Add NAT &amp;Device</source>
        <translation>NATデバイスを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Appliance</source>
        <translation>アプライアンスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Interface</source>
        <translation>インターフェイスを追加(&amp;I)</translation>
    </message>
    <message>
        <source>Add NAT &amp;Pool</source>
        <translation>NATプールを追加(&amp;P)</translation>
    </message>
    <message>
        <source>Add Access &amp;List</source>
        <translation>アクセスリストを追加(&amp;L)</translation>
    </message>
    <message>
        <source>Add NAT &amp;Rule</source>
        <translation>NATルールを追加(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Background Traffic</source>
        <translation>バックグラウンドトラフィックを追加(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Adds to %1</source>
        <translation>%1 に追加します</translation>
    </message>
    <message>
        <source>Select where the %1 goes first.</source>
        <translation>先に%1の追加先を選択してください。</translation>
    </message>
    <message>
        <source>Could not add the %1.</source>
        <translation>%1を追加できませんでした。</translation>
    </message>
    <message>
        <source>Added %1 "%2"</source>
        <translation>%1「%2」を追加しました</translation>
    </message>
    <message>
        <source>Deleted %1 "%2"</source>
        <translation>%1「%2」を削除しました</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>NAT device</source>
        <translation>NATデバイス</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>場面</translation>
    </message>
</context>
<context>
    <name>EventListView</name>
    <message>
        <source>Key events (NAT and tunnels)</source>
        <translation>主なイベント（NATとトンネル）</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>Choose which kinds of event the list shows</source>
        <translation>一覧に表示するイベントの種類を選択します</translation>
    </message>
    <message>
        <source>Filter events: address, appliance, device…</source>
        <translation>イベントを絞り込み: アドレス、アプライアンス、デバイス…</translation>
    </message>
    <message>
        <source>Moments only (what tells the story)</source>
        <translation>場面のみ（経緯を示すもの）</translation>
    </message>
    <message>
        <source>Tunnel state changes, port collisions, appliance translations, findings and bookmarks; stepping then visits only these</source>
        <translation>トンネル状態の変化、ポートの衝突、アプライアンスの変換、診断結果、ブックマーク。ステップ移動もこれらだけを巡ります</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>a host</source>
        <translation>あるホスト</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>peer port policy "learned": the peer sends to the source port it last saw in an IKE message</source>
        <translation>ピアのポートポリシー「learned」: ピアは最後に IKE メッセージで見た送信元ポートへ送信します</translation>
    </message>
    <message>
        <source>peer port policy "expects-4500": the peer always sends to UDP port 4500 of the address it sees</source>
        <translation>ピアのポートポリシー「expects-4500」: ピアは見えたアドレスの UDP 4500 番へ常に送信します</translation>
    </message>
    <message>
        <source> Port %1 was already held by %2's translation (toward %3), so %4 gave %5 port %6.</source>
        <translation>ポート %1 は %2 の変換(宛先 %3)が既に使用していたため、%4 は %5 にポート %6 を割り当てました。</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任意の宛先</translation>
    </message>
    <message>
        <source>%1 is deployed and starts IKE toward its peer on UDP 4500.</source>
        <translation>%1 がデプロイされ、UDP 4500 でピアへの IKE を開始します。</translation>
    </message>
    <message>
        <source>%1 is being redeployed: its tunnel is torn down.</source>
        <translation>%1 を再デプロイ中: トンネルは切断されます。</translation>
    </message>
    <message>
        <source>%1 goes silent: no traffic in either direction.</source>
        <translation>%1 が無通信になります: 双方向とも通信がありません。</translation>
    </message>
    <message>
        <source>%1 (cloud peer) sends UDP %2 → %3.</source>
        <translation>%1(クラウド側ピア)が UDP %2 → %3 を送信します。</translation>
    </message>
    <message>
        <source>%1 sends UDP %2 → %3.</source>
        <translation>%1 が UDP %2 → %3 を送信します。</translation>
    </message>
    <message>
        <source>%1: static NAT %2 ↔ %3.</source>
        <translation>%1: スタティック NAT %2 ↔ %3。</translation>
    </message>
    <message>
        <source>%1: static PAT %2 ↔ %3.</source>
        <translation>%1: スタティック PAT %2 ↔ %3。</translation>
    </message>
    <message>
        <source>%1 opens a translation through its static NAT: %2 → %3 from %4.</source>
        <translation>%1 がスタティック NAT により変換を作成します: %2 → %3(送信元 %4)。</translation>
    </message>
    <message>
        <source>%1 creates a translation for %2: %3 → %4 toward %5.</source>
        <translation>%1 が %2 の変換を作成します: %3 → %4(宛先 %5)。</translation>
    </message>
    <message>
        <source> The source port is kept.</source>
        <translation>送信元ポートは維持されます。</translation>
    </message>
    <message>
        <source>%1 translates the packet for %2 back to %3 (existing translation, refreshed).</source>
        <translation>%1 が %2 宛てのパケットを %3 に戻して変換します(既存の変換、タイマー更新)。</translation>
    </message>
    <message>
        <source>%1 translates %2 → %3 (existing translation, refreshed).</source>
        <translation>%1 が %2 → %3 に変換します(既存の変換、タイマー更新)。</translation>
    </message>
    <message>
        <source>%1: translation %2 → %3 cleared.</source>
        <translation>%1: 変換 %2 → %3 をクリアしました。</translation>
    </message>
    <message>
        <source>%1: translation %2 → %3 (%4) expired after its idle timeout; %3 is free again.</source>
        <translation>%1: 変換 %2 → %3(%4)がアイドルタイムアウトで削除され、%3 は再び空きになりました。</translation>
    </message>
    <message>
        <source>%1 receives the packet from %2.</source>
        <translation>%1 が %2 からのパケットを受信します。</translation>
    </message>
    <message>
        <source>%1: no NAT rule matches %2; the packet leaves untranslated and is lost.</source>
        <translation>%1: %2 に一致する NAT ルールがないため、パケットは変換されずに送出され失われます。</translation>
    </message>
    <message>
        <source>%1: no free port for %2; the packet is dropped.</source>
        <translation>%1: %2 に割り当てる空きポートがないため、パケットは破棄されます。</translation>
    </message>
    <message>
        <source>%1 translates the packet for %2 to %3, which is %4 — not the tunnel's appliance. %4 drops it (unknown IPsec SA).</source>
        <translation>%1 は %2 宛てのパケットを %3 に変換しますが、それは %4 であり、このトンネルのアプライアンスではありません。%4 はパケットを破棄します(不明な IPsec SA)。</translation>
    </message>
    <message>
        <source>%1 translates the packet for %2 to %3, where no appliance listens.</source>
        <translation>%1 は %2 宛てのパケットを %3 に変換しますが、そこで待ち受けるアプライアンスはありません。</translation>
    </message>
    <message>
        <source>%1 drops the packet from %2 to %3: no translation matches it.</source>
        <translation>%1 は %2 から %3 へのパケットを破棄します: 一致する変換がありません。</translation>
    </message>
    <message>
        <source> %1 is held by %2's translation toward %3, which accepts only that remote.</source>
        <translation>%1 は %2 の変換(宛先 %3)が使用しており、その相手からのパケットしか受け付けません。</translation>
    </message>
    <message>
        <source>%1 saw the source %2 and will send to %3.</source>
        <translation>%1 は送信元 %2 を確認し、今後 %3 へ送信します。</translation>
    </message>
    <message>
        <source>Tunnel %1 is %2. %3</source>
        <translation>トンネル %1 は %2 です。%3</translation>
    </message>
    <message>
        <source>%1: %2 now belongs to %3; it belonged to %4 before its translation expired (ownership flip).</source>
        <translation>%1: %2 は %3 のものになりました。変換が期限切れになる前は %4 のものでした(所有者の入れ替わり)。</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2).</source>
        <translation>シナリオ: %1(%2)。</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>シナリオ: %1。</translation>
    </message>
    <message>
        <source>The peer's packets to %1 reach %2 (%3).</source>
        <translation>%1 宛てのピアのパケットは %2 に届きます(%3)。</translation>
    </message>
    <message>
        <source>IKE is starting.</source>
        <translation>IKE を開始しています。</translation>
    </message>
    <message>
        <source>The appliance is being redeployed.</source>
        <translation>アプライアンスを再デプロイ中です。</translation>
    </message>
    <message>
        <source>No NAT rule translates %1, so its packets never reach the peer (%2).</source>
        <translation>%1 を変換する NAT ルールがないため、パケットはピアに届きません(%2)。</translation>
    </message>
    <message>
        <source>The NAT device has no free port for %1 (%2).</source>
        <translation>NAT デバイスに %1 用の空きポートがありません(%2)。</translation>
    </message>
    <message>
        <source>%1 leaves as %2, but the peer sends to %3 (%4), and the router cannot deliver that to %1.</source>
        <translation>%1 は %2 として送出されますが、ピアは %3 へ送信するため(%4)、ルーターはそれを %1 へ届けられません。</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Packet sent</source>
        <translation>パケット送信</translation>
    </message>
    <message>
        <source>Translation created</source>
        <translation>変換作成</translation>
    </message>
    <message>
        <source>NAT hit</source>
        <translation>NAT ヒット</translation>
    </message>
    <message>
        <source>Translation expired</source>
        <translation>変換期限切れ</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>到達</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Peer learned</source>
        <translation>ピアが学習</translation>
    </message>
    <message>
        <source>Tunnel state</source>
        <translation>トンネル状態</translation>
    </message>
    <message>
        <source>Ownership flip</source>
        <translation>所有者の入れ替わり</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>未デプロイ</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>%1 leaves as %2, but its peer expects source port 4500 (%3).</source>
        <translation>%1 は %2 として送出されますが、ピアは送信元ポート 4500 を前提としています(%3)。</translation>
    </message>
    <message>
        <source> Port %1 was already held toward %2 by %3's own conntrack entry for an unsolicited packet from there, so %3 gave %4 port %5.</source>
        <translation> ポート %1 は、%2 からの要求されていないパケットに対する %3 自身の conntrack エントリが %2 向けにすでに保持していたため、%3 は %4 にポート %5 を割り当てました。</translation>
    </message>
    <message>
        <source>%1 keeps a conntrack entry for the unsolicited packet from %2 to its own address %3 (no firewall drops it): nothing is delivered inward, but %3 is held toward %2 until the entry expires.</source>
        <translation>%1 は、%2 から自身のアドレス %3 宛ての要求されていないパケットについて conntrack エントリを保持します（ファイアウォールで破棄されないため）。内側には何も届きませんが、エントリが期限切れになるまで %3 は %2 向けに保持されます。</translation>
    </message>
    <message>
        <source>%1 refreshes its own entry for the unsolicited packets from %2 to %3; nothing is delivered inward.</source>
        <translation>%1 は、%2 から %3 への要求されていないパケットの自身のエントリを更新します。内側には何も届きません。</translation>
    </message>
    <message>
        <source> %1 is held by the router's own entry for unsolicited packets from %2.</source>
        <translation> %1 は、%2 からの要求されていないパケットに対するルーター自身のエントリが保持しています。</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Seed incident: PAT collision on UDP 4500</source>
        <translation>発端の障害事例: UDP 4500 での PAT 衝突</translation>
    </message>
    <message>
        <source>Home lab: Linux consumer router</source>
        <translation>ホームラボ: Linux ベースの家庭用ルーター</translation>
    </message>
    <message>
        <source>Fixed site: static NAT per appliance</source>
        <translation>対策済みサイト: アプライアンスごとのスタティック NAT</translation>
    </message>
    <message>
        <source>Seed incident</source>
        <translation>発端の障害事例</translation>
    </message>
    <message>
        <source>Cisco router overloads IX and NE onto one global address: one tunnel Down</source>
        <translation>Cisco ルーターが IX と NE を 1 つのグローバルアドレスにオーバーロード: 片方のトンネルが Down</translation>
    </message>
    <message>
        <source>Home lab</source>
        <translation>ホームラボ</translation>
    </message>
    <message>
        <source>The same design behind a consumer (Linux netfilter) router</source>
        <translation>同じ構成を家庭用（Linux netfilter）ルーターの背後に置いた場合</translation>
    </message>
    <message>
        <source>Fixed site</source>
        <translation>対策済みサイト</translation>
    </message>
    <message>
        <source>The fix: static NAT with an explicit mapping per appliance</source>
        <translation>対策: アプライアンスごとに明示的に対応付けたスタティック NAT</translation>
    </message>
    <message>
        <source>Seed incident on ASA</source>
        <translation>発端の障害事例（ASA）</translation>
    </message>
    <message>
        <source>Seed incident on a Cisco ASA: interface PAT</source>
        <translation>発端の障害事例（Cisco ASA）: インターフェイス PAT</translation>
    </message>
    <message>
        <source>Cisco ASA object NAT (dynamic interface) translates IX and NE: without "extended" one tunnel is Down</source>
        <translation>Cisco ASA のオブジェクト NAT（dynamic interface）が IX と NE を変換します。「extended」がないと一方のトンネルが Down になります</translation>
    </message>
    <message>
        <source>Seed incident on FortiGate</source>
        <translation>シードインシデント (FortiGate)</translation>
    </message>
    <message>
        <source>Seed incident on FortiGate: UDP 4500 never kept</source>
        <translation>シードインシデント (FortiGate): UDP 4500 は維持されない</translation>
    </message>
    <message>
        <source>A FortiGate policy with NAT translates every port below 5117: both tunnels Down</source>
        <translation>NAT を有効にした FortiGate のポリシーは 5117 未満のポートをすべて変換: 両方のトンネルが Down</translation>
    </message>
    <message>
        <source>Seed incident (Juniper SRX)</source>
        <translation>発端の障害事例（Juniper SRX）</translation>
    </message>
    <message>
        <source>Seed incident on a Juniper SRX: interface NAT</source>
        <translation>発端の障害事例を Juniper SRX で再現: インターフェース NAT</translation>
    </message>
    <message>
        <source>Junos source NAT gives each appliance a port of its own: both tunnels Down</source>
        <translation>Junos の送信元 NAT が各アプライアンスに別のポートを割り当て、両方のトンネルが Down</translation>
    </message>
    <message>
        <source>Seed incident (YAMAHA RTX)</source>
        <translation>発端の障害事例（YAMAHA RTX）</translation>
    </message>
    <message>
        <source>Seed incident on a YAMAHA RTX: IP masquerade</source>
        <translation>発端の障害事例を YAMAHA RTX で再現: IPマスカレード</translation>
    </message>
    <message>
        <source>IP masquerade translates each appliance's port: both tunnels Down</source>
        <translation>IPマスカレードが各アプライアンスのポートを変換し、両方のトンネルが Down</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the Service Mesh diagram as SVG, PNG or PDF</source>
        <translation>サービスメッシュの構成図を SVG、PNG、PDF で出力します</translation>
    </message>
    <message>
        <source>Write an SVG drawing</source>
        <translation>SVG 図を書き出します</translation>
    </message>
    <message>
        <source>Write a PNG image</source>
        <translation>PNG 画像を書き出します</translation>
    </message>
    <message>
        <source>Write a PDF document</source>
        <translation>PDF 文書を書き出します</translation>
    </message>
    <message>
        <source>PNG scale, 0.1 to 16 (default 2)</source>
        <translation>PNG の倍率、0.1～16 (既定 2)</translation>
    </message>
    <message>
        <source>Show tunnel states at this simulated time (default: the end)</source>
        <translation>この模擬時刻のトンネル状態を描きます (既定: 最後)</translation>
    </message>
    <message>
        <source>usage: meshnat-cli export FILE | --example KEY --svg OUT | --png OUT | --pdf OUT [--scale N] [--at SECONDS]</source>
        <translation>使い方: meshnat-cli export ファイル | --example キー --svg 出力 | --png 出力 | --pdf 出力 [--scale 倍率] [--at 秒]</translation>
    </message>
    <message>
        <source>--scale needs a number from 0.1 to 16, not "%1"</source>
        <translation>--scale には 0.1～16 の数値を指定してください ("%1" は使えません)</translation>
    </message>
    <message>
        <source>--at needs a number of seconds, not "%1"</source>
        <translation>--at には秒数を指定してください ("%1" は使えません)</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3 × %4 pixels)</source>
        <translation>%1: %2 を書き出しました (%3 × %4 ピクセル)</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 を書き出しました</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Cannot open example</source>
        <translation>サンプルを開けません</translation>
    </message>
    <message>
        <source>Opened example: %1</source>
        <translation>サンプルを開きました: %1</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>No findings: nothing in this project explains a Down tunnel.</source>
        <translation>所見はありません: このプロジェクトにはトンネルが Down になる原因が見つかりません。</translation>
    </message>
    <message>
        <source>Findings: %1 — errors: %2, warnings: %3</source>
        <translation>所見: %1 件 — エラー %2 件、警告 %3 件</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>確認した項目:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the configuration to the clipboard</source>
        <translation>設定をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>修正を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Change the project as the fix does (one undo step) and simulate again</source>
        <translation>修正どおりにプロジェクトを変更し（元に戻す操作 1 回分）、再シミュレーションします</translation>
    </message>
</context>
<context>
    <name>FixGenerator</name>
    <message>
        <source>MeshNAT fix for %1: an explicit mapping per HCX appliance</source>
        <translation>MeshNAT による %1 の修正: HCX アプライアンスごとに明示的なマッピング</translation>
    </message>
    <message>
        <source>Each appliance gets its own inside global address and keeps UDP 4500.
%1 must be routed to this router (check with the ISP first).</source>
        <translation>各アプライアンスに専用の内部グローバルアドレスを割り当て、UDP 4500 を維持します。
%1 がこのルーターにルーティングされている必要があります（先に ISP に確認してください）。</translation>
    </message>
    <message>
        <source>Only one inside global address (%1): static PAT, one UDP port per appliance.</source>
        <translation>内部グローバルアドレスは 1 つだけ（%1）: スタティック PAT でアプライアンスごとに 1 つの UDP ポート。</translation>
    </message>
    <message>
        <source>Static NAT %1</source>
        <translation>スタティック NAT %1</translation>
    </message>
    <message>
        <source>Keep the appliances out of the dynamic PAT of access list %1</source>
        <translation>アプライアンスをアクセスリスト %1 のダイナミック PAT から除外</translation>
    </message>
    <message>
        <source>Drop the dynamic translations that still hold the old ports (office sessions reconnect)</source>
        <translation>古いポートを保持したままの動的変換を削除（オフィスのセッションは再接続されます）</translation>
    </message>
    <message>
        <source>Drop the translations that still hold the old ports</source>
        <translation>古いポートを保持したままの変換を削除</translation>
    </message>
    <message>
        <source>Drop the conntrack entries that still hold the old ports</source>
        <translation>古いポートを保持したままの conntrack エントリを削除</translation>
    </message>
    <message>
        <source>Static NAT per appliance: %1</source>
        <translation>アプライアンスごとのスタティック NAT: %1</translation>
    </message>
    <message>
        <source>Each appliance gets its own inside global address (%1), so each keeps UDP 4500 whichever is deployed first. VMware supports static NAT for the on-premises appliances: what matters is that the cloud side receives on 4500. The addresses must belong to you and be routed to %2.</source>
        <translation>各アプライアンスに専用の内部グローバルアドレス（%1）を割り当てるので、どちらが先にデプロイされても両方が UDP 4500 を維持します。VMware はオンプレミス側アプライアンスのスタティック NAT をサポートしています。重要なのはクラウド側が 4500 で受信することです。これらのアドレスは自社のもので、%2 にルーティングされている必要があります。</translation>
    </message>
    <message>
        <source>Static PAT on %1: %2</source>
        <translation>%1 上のスタティック PAT: %2</translation>
    </message>
    <message>
        <source>Only one inside global address is available, and UDP 4500 on it can serve one appliance. Appliances whose peers follow the port they see (policy "learned") get another port; VMware states the on-premises source port need not be 4500.</source>
        <translation>使える内部グローバルアドレスは 1 つだけで、その UDP 4500 を使えるアプライアンスは 1 台です。見えたポートに追従するピア（ポリシー「learned」）のアプライアンスには別のポートを割り当てます。VMware によれば、オンプレミス側の送信元ポートは 4500 でなくても構いません。</translation>
    </message>
    <message>
        <source>%1 also need source port 4500 (policy "expects-4500") and cannot share the address: ask the ISP for one more global address per appliance.</source>
        <translation>%1 も送信元ポート 4500 が必要（ポリシー「expects-4500」）なので、このアドレスは共有できません。アプライアンスごとにグローバルアドレスを追加するよう ISP に依頼してください。</translation>
    </message>
    <message>
        <source>UDP translation timeout %1 s</source>
        <translation>UDP 変換タイムアウト %1 秒</translation>
    </message>
    <message>
        <source>A translation must outlive the gap between keepalives; otherwise it expires under a live tunnel and the next packet may get another port.</source>
        <translation>NAT変換はキープアライブの間隔より長く保持される必要があります。そうでないと稼働中のトンネルの下で期限切れになり、次のパケットに別のポートが割り当てられることがあります。</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: keep idle UDP translations for %2 s</source>
        <translation>MeshNAT による %1 の修正: アイドル状態の UDP 変換を %2 秒保持</translation>
    </message>
    <message>
        <source>Allow %1 through %2</source>
        <translation>%2 で %1 を許可</translation>
    </message>
    <message>
        <source>Put these entries before the entry that blocks the port in the filter of the outside interface.</source>
        <translation>これらのエントリを、外側インターフェースのフィルタでポートをブロックしているエントリより前に入れてください。</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: let the HCX flows through</source>
        <translation>MeshNAT による %1 の修正: HCX の通信を通す</translation>
    </message>
    <message>
        <source>No NAT in front of the cloud appliances</source>
        <translation>クラウド側アプライアンスの手前の NAT を撤去</translation>
    </message>
    <message>
        <source>HCX does not support DNAT in front of the cloud-side appliances: give them public uplink addresses in their Network Profile and remove the translation.</source>
        <translation>HCX はクラウド側アプライアンスの手前での DNAT をサポートしていません。Network Profile でパブリックなアップリンクアドレスを割り当て、変換を削除してください。</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: remove the NAT in front of the HCX cloud appliances</source>
        <translation>MeshNAT による %1 の修正: HCX クラウド側アプライアンスの手前の NAT を削除</translation>
    </message>
    <message>
        <source>HCX Network Profile of %1: uplink address %2</source>
        <translation>%1 の HCX Network Profile: アップリンクアドレス %2</translation>
    </message>
    <message>
        <source>Uplink MTU %1</source>
        <translation>アップリンク MTU %1</translation>
    </message>
    <message>
        <source>Encrypted packets must fit the path: with an uplink MTU of %1 the largest packet the tunnel carries unfragmented is %2 bytes (%3 bytes of encryption overhead).</source>
        <translation>暗号化されたパケットは経路に収まる必要があります。アップリンク MTU が %1 の場合、トンネルが分割せずに運べる最大パケットは %2 バイトです（暗号化オーバーヘッド %3 バイト）。</translation>
    </message>
    <message>
        <source>HCX Manager &gt; Interconnect &gt; Network Profiles &gt; uplink profile of %1: MTU %2</source>
        <translation>HCX Manager &gt; Interconnect &gt; Network Profiles &gt; %1 のアップリンクプロファイル: MTU %2</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: no port randomisation for the HCX appliances</source>
        <translation>MeshNAT による %1 の修正: HCX アプライアンスのポートをランダム化しない</translation>
    </message>
    <message>
        <source>SNAT without --random keeps source port 4500 whenever no other flow uses it toward the same peer</source>
        <translation>--random なしの SNAT なら、同じピア宛てに他のフローが使っていない限り送信元ポート 4500 を維持します</translation>
    </message>
    <message>
        <source>Or remove %1 from the MASQUERADE or SNAT rule itself</source>
        <translation>または MASQUERADE / SNAT ルール自体から %1 を外します</translation>
    </message>
    <message>
        <source>Drop the conntrack entries that still hold the random ports</source>
        <translation>ランダムなポートを保持したままの conntrack エントリを削除</translation>
    </message>
    <message>
        <source>SNAT without port randomisation for %1</source>
        <translation>%1 にポートをランダム化しない SNAT</translation>
    </message>
    <message>
        <source>Netfilter then keeps UDP 4500 for each appliance whenever no other flow uses it toward the same peer. The project's profile options apply to the whole device, so the project change removes %1 from %2; on the router only the appliances' flows change.</source>
        <translation>これにより netfilter は、同じピア宛てに他のフローが使っていない限り、各アプライアンスの UDP 4500 を維持します。プロジェクトのプロファイルオプションは機器全体に効くため、プロジェクトの変更では %2 から %1 を外します。ルーター上で変わるのはアプライアンスのフローだけです。</translation>
    </message>
    <message>
        <source>No global address left for %1 on UDP 4500</source>
        <translation>%1 に UDP 4500 で使えるグローバルアドレスが残っていません</translation>
    </message>
    <message>
        <source>%1:4500 belongs to another static PAT rule and the outside subnet has no free address: ask the ISP for one more global address for %2.</source>
        <translation>%1:4500 は別のスタティック PAT ルールが使っており、外側のサブネットにも空きアドレスがありません。%2 用のグローバルアドレスをもう 1 つ ISP に依頼してください。</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: %2 keeps UDP 4500 on its explicit mapping</source>
        <translation>MeshNAT による %1 の修正: %2 は明示的なマッピングで UDP 4500 を維持</translation>
    </message>
    <message>
        <source>Static PAT of %1 on %2:4500</source>
        <translation>%1 のスタティック PAT を %2:4500 に</translation>
    </message>
    <message>
        <source>The peer expects source port 4500, so the appliance's explicit mapping must use 4500 on its global address.</source>
        <translation>ピアは送信元ポート 4500 を前提としているため、アプライアンスの明示的なマッピングはグローバルアドレスの 4500 を使う必要があります。</translation>
    </message>
    <message>
        <source>%1:4500 belongs to another static PAT rule, so the mapping moves to %2, which must be routed to %3 (check with the ISP first).</source>
        <translation>%1:4500 は別のスタティック PAT ルールが使っているため、マッピングを %2 に移します。%2 は %3 にルーティングされている必要があります（先に ISP に確認してください）。</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: unsolicited packets to UDP 4500 leave no conntrack entry on the router</source>
        <translation>MeshNAT による %1 の修正: UDP 4500 宛ての要求外のパケットがルーターに conntrack エントリを残さないようにする</translation>
    </message>
    <message>
        <source>Drop the entries that already hold the port</source>
        <translation>既にポートを占有しているエントリを削除</translation>
    </message>
    <message>
        <source>Drop unsolicited UDP 4500 at %1</source>
        <translation>%1 で要求外の UDP 4500 を破棄</translation>
    </message>
    <message>
        <source>The peers' early packets are then dropped before conntrack confirms them, so they hold nothing and each appliance keeps UDP 4500 when it starts. An explicit mapping per appliance (static NAT) works too: the peers' first packets then reach the appliance instead of the router.</source>
        <translation>これによりピアの早すぎるパケットは conntrack が確定する前に破棄されるため何も占有せず、各アプライアンスは起動時に UDP 4500 を維持できます。アプライアンスごとの明示的なマッピング（スタティック NAT）でも解決できます。その場合、ピアの最初のパケットはルーターではなくアプライアンスに届きます。</translation>
    </message>
    <message>
        <source>Remove the mapping %1 -&gt; %2 (its static NAT rule or entry)</source>
        <translation>対応付け %1 -&gt; %2 を削除してください（その静的NATのルールまたはエントリ）</translation>
    </message>
    <message>
        <source>A PAT translation lives for the idle connection (timeout udp) plus timeout pat-xlate: %1 s + %2 s</source>
        <translation>PAT 変換の寿命は、アイドル接続の時間 (timeout udp) に timeout pat-xlate を加えたものです: %1 秒 + %2 秒</translation>
    </message>
    <message>
        <source>Remove the mapping %1 -&gt; %2: object NAT under its network object, assumed to be named %3 (`show running-config nat` names it)</source>
        <translation>マッピング %1 -&gt; %2 を削除: ネットワークオブジェクト配下のオブジェクト NAT。オブジェクト名は %3 と仮定 (実際の名前は `show running-config nat` で確認)</translation>
    </message>
    <message>
        <source>Remove the mapping %1 -&gt; %2: object NAT under its network object %3</source>
        <translation>マッピング %1 -&gt; %2 を削除: ネットワークオブジェクト %3 配下のオブジェクト NAT</translation>
    </message>
    <message>
        <source>If it is twice NAT instead, remove it with its object names: no nat %1 source static REAL-OBJECT MAPPED-OBJECT%2</source>
        <translation>Twice NAT の場合は、オブジェクト名を指定して削除: no nat %1 source static REAL-OBJECT MAPPED-OBJECT%2</translation>
    </message>
</context>
<context>
    <name>FortiConfigReader</name>
    <message>
        <source>config blocks nested more than %1 deep; the block was not read</source>
        <translation>config ブロックの入れ子が %1 段を超えています。このブロックは読み込んでいません</translation>
    </message>
    <message>
        <source>a quoted value is not closed; line not used</source>
        <translation>引用符で囲まれた値が閉じていません。この行は使用していません</translation>
    </message>
    <message>
        <source>config without a name</source>
        <translation>名前のない config です</translation>
    </message>
    <message>
        <source>edit outside a config block; ignored</source>
        <translation>config ブロックの外にある edit です。無視しました</translation>
    </message>
    <message>
        <source>edit before the previous entry "%1" ended with next; both are kept</source>
        <translation>前のエントリ "%1" が next で終わる前に edit があります。両方とも取り込みました</translation>
    </message>
    <message>
        <source>edit without a name</source>
        <translation>名前のない edit です</translation>
    </message>
    <message>
        <source>%1 outside a config block; ignored</source>
        <translation>config ブロックの外にある %1 です。無視しました</translation>
    </message>
    <message>
        <source>%1 without a setting name</source>
        <translation>設定名のない %1 です</translation>
    </message>
    <message>
        <source>next without an edit; ignored</source>
        <translation>edit のない next です。無視しました</translation>
    </message>
    <message>
        <source>end without a config block; ignored</source>
        <translation>config ブロックのない end です。無視しました</translation>
    </message>
    <message>
        <source>end before next closed entry "%1"; its settings are kept</source>
        <translation>エントリ "%1" が next で閉じられる前に end があります。その設定は取り込みました</translation>
    </message>
    <message>
        <source>not a FortiOS configuration statement (config, edit, set, unset, next, end)</source>
        <translation>FortiOS の設定文ではありません (config、edit、set、unset、next、end)</translation>
    </message>
    <message>
        <source>the file ends inside this block (no end): it looks truncated; the entries read so far are kept</source>
        <translation>このブロックの途中でファイルが終わっています (end がありません)。途中で切れているようです。ここまでに読んだエントリは取り込みました</translation>
    </message>
    <message>
        <source>the file ends inside this entry (no next): its settings may be incomplete</source>
        <translation>このエントリの途中でファイルが終わっています (next がありません)。設定が不完全な可能性があります</translation>
    </message>
    <message numerus="yes">
        <source>not NAT-related; %n line(s) not read</source>
        <translation>
            <numerusform>NAT に関係しません。%n 行を読み込んでいません</numerusform>
        </translation>
    </message>
    <message>
        <source>settings that do not change NAT, not read: %1</source>
        <translation>NAT に影響しないため読み込んでいない設定: %1</translation>
    </message>
    <message>
        <source>udp-idle-timer must be 1 to 86400 seconds; not used</source>
        <translation>udp-idle-timer は 1〜86400 秒でなければなりません。使用していません</translation>
    </message>
    <message>
        <source>transparent mode: the FortiGate does no NAT on policies</source>
        <translation>トランスペアレントモード: FortiGate はポリシーで NAT を行いません</translation>
    </message>
    <message>
        <source>session-ttl default is not a number of seconds</source>
        <translation>session-ttl の default が秒数ではありません</translation>
    </message>
    <message>
        <source>UDP %1-%2 session TTL %3 s is used as the device's UDP timeout (the model has one UDP timer)</source>
        <translation>UDP %1-%2 のセッション TTL %3 秒をデバイスの UDP タイムアウトとして使用します (モデルの UDP タイマーは 1 つです)</translation>
    </message>
    <message>
        <source>session TTL of protocol %1 ports %2-%3 is not modelled (not HCX's UDP 4500)</source>
        <translation>プロトコル %1 ポート %2-%3 のセッション TTL はモデル化していません (HCX の UDP 4500 ではありません)</translation>
    </message>
    <message>
        <source>interface %1: not an address and netmask; address not used</source>
        <translation>インターフェイス %1: アドレスとネットマスクではありません。アドレスは使用していません</translation>
    </message>
    <message>
        <source>address %1: not an address and netmask; not used</source>
        <translation>アドレス %1: アドレスとネットマスクではありません。使用していません</translation>
    </message>
    <message>
        <source>address %1: start-ip/end-ip is not a valid range; not used</source>
        <translation>アドレス %1: start-ip/end-ip が有効な範囲ではありません。使用していません</translation>
    </message>
    <message>
        <source>address %1 of type %2 has no fixed addresses; policies using it are imported without it</source>
        <translation>タイプ %2 のアドレス %1 には固定のアドレスがありません。これを使うポリシーはこのアドレスを除いて取り込みます</translation>
    </message>
    <message>
        <source>IP pool %1: unknown type %2; pool not used</source>
        <translation>IP プール %1: 不明なタイプ %2 です。プールは使用していません</translation>
    </message>
    <message>
        <source>IP pool %1: startip/endip is not a valid address range; pool not used</source>
        <translation>IP プール %1: startip/endip が有効なアドレス範囲ではありません。プールは使用していません</translation>
    </message>
    <message>
        <source>IP pool %1 (%2): ports are always translated; the exact block of each source is not modelled</source>
        <translation>IP プール %1 (%2): ポートは常に変換されます。送信元ごとの正確なブロックはモデル化していません</translation>
    </message>
    <message>
        <source>VIP %1 of type %2 is not modelled (only static NAT and port forwarding)</source>
        <translation>タイプ %2 の VIP %1 はモデル化していません (スタティック NAT とポートフォワーディングのみ対応)</translation>
    </message>
    <message>
        <source>VIP %1: extip "%2" is not an address or range; not used</source>
        <translation>VIP %1: extip "%2" はアドレスまたは範囲ではありません。使用していません</translation>
    </message>
    <message>
        <source>VIP %1: mappedip "%2" is not an address or range; not used</source>
        <translation>VIP %1: mappedip "%2" はアドレスまたは範囲ではありません。使用していません</translation>
    </message>
    <message>
        <source>VIP %1: extip 0.0.0.0 needs an external interface; not used</source>
        <translation>VIP %1: extip 0.0.0.0 には外部インターフェイスが必要です。使用していません</translation>
    </message>
    <message>
        <source>VIP %1 maps more than %2 addresses; not imported</source>
        <translation>VIP %1 は %2 個を超えるアドレスをマッピングしています。取り込んでいません</translation>
    </message>
    <message>
        <source>VIP %1: nat-source-vip is modelled like any static NAT (both directions)</source>
        <translation>VIP %1: nat-source-vip は通常のスタティック NAT と同じく (双方向で) モデル化しています</translation>
    </message>
    <message>
        <source>VIP %1: protocol %2 is not modelled; not imported</source>
        <translation>VIP %1: プロトコル %2 はモデル化していません。取り込んでいません</translation>
    </message>
    <message>
        <source>VIP %1: extport "%2" is not a port or port range; not used</source>
        <translation>VIP %1: extport "%2" はポートまたはポート範囲ではありません。使用していません</translation>
    </message>
    <message>
        <source>VIP %1: mappedport "%2" is not a port or port range; not used</source>
        <translation>VIP %1: mappedport "%2" はポートまたはポート範囲ではありません。使用していません</translation>
    </message>
    <message>
        <source>VIP %1 forwards more than %2 ports; not imported</source>
        <translation>VIP %1 は %2 個を超えるポートを転送しています。取り込んでいません</translation>
    </message>
    <message>
        <source>VIP %1: external and mapped ranges differ in size; the shorter one is used</source>
        <translation>VIP %1: 外部範囲とマップ先範囲の大きさが異なります。短い方を使用します</translation>
    </message>
    <message>
        <source>address %1 is not defined (or has no fixed addresses); left out</source>
        <translation>アドレス %1 は定義されていません (または固定のアドレスがありません)。除外しました</translation>
    </message>
    <message>
        <source>central NAT is enabled, so FortiOS skips the NAT of policy %1</source>
        <translation>セントラル NAT が有効なため、FortiOS はポリシー %1 の NAT を使いません</translation>
    </message>
    <message>
        <source>policy %1: destination addresses are not modelled; its NAT applies to every destination</source>
        <translation>ポリシー %1: 宛先アドレスはモデル化していません。この NAT はすべての宛先に適用されます</translation>
    </message>
    <message>
        <source>policy %1 has no usable source address; its NAT is not imported</source>
        <translation>ポリシー %1 には使用できる送信元アドレスがありません。NAT は取り込んでいません</translation>
    </message>
    <message>
        <source>policy %1 names IP pool %2, which is not defined (or not usable)</source>
        <translation>ポリシー %1 が指定している IP プール %2 は定義されていません (または使用できません)</translation>
    </message>
    <message>
        <source>policy %1 has ippool enable but no usable pool; its NAT is not imported</source>
        <translation>ポリシー %1 は ippool enable ですが、使用できるプールがありません。NAT は取り込んでいません</translation>
    </message>
    <message>
        <source>policy %1: only the first IP pool (%2) is modelled</source>
        <translation>ポリシー %1: 最初の IP プール (%2) のみモデル化しています</translation>
    </message>
    <message>
        <source>policy %1: dstintf any and no interface has role wan; its NAT is not imported</source>
        <translation>ポリシー %1: dstintf が any で、role wan のインターフェイスがありません。NAT は取り込んでいません</translation>
    </message>
    <message>
        <source>policy %1: dstintf any is taken as the wan interfaces (%2)</source>
        <translation>ポリシー %1: dstintf any を wan インターフェイス (%2) とみなしました</translation>
    </message>
    <message>
        <source>policy %1 has no dstintf; its NAT is not imported</source>
        <translation>ポリシー %1 に dstintf がありません。NAT は取り込んでいません</translation>
    </message>
    <message>
        <source>%1 is set on %2 of %3 NAT policies; the simulation applies it to every policy of the device</source>
        <translation>%1 は NAT ポリシー %3 件中 %2 件に設定されています。シミュレーションではデバイスのすべてのポリシーに適用します</translation>
    </message>
    <message>
        <source>a second IP pool type (%1) is in use; the simulation models one pool type per device</source>
        <translation>2 つ目の IP プールタイプ (%1) が使われています。シミュレーションではデバイスごとに 1 つのプールタイプをモデル化します</translation>
    </message>
    <message>
        <source>no udp-idle-timer in the configuration: FortiOS's default of 180 s is assumed</source>
        <translation>設定に udp-idle-timer がありません。FortiOS の既定値 180 秒を仮定しました</translation>
    </message>
    <message>
        <source>%1 VDOMs: their NAT is imported into one device</source>
        <translation>VDOM が %1 個あります。それらの NAT を 1 台のデバイスに取り込みました</translation>
    </message>
    <message>
        <source>central-nat is not enabled, so FortiOS does not use the central SNAT map</source>
        <translation>central-nat が有効でないため、FortiOS はセントラル SNAT マップを使いません</translation>
    </message>
</context>
<context>
    <name>FortiGateFix</name>
    <message>
        <source>FortiOS matches policies from the top: move these above the general outbound NAT policy (config firewall policy, move ID before ID)</source>
        <translation>FortiOS はポリシーを上から照合します。これらを一般的な送信 NAT ポリシーより上に移動してください (config firewall policy、move ID before ID)</translation>
    </message>
    <message>
        <source>Drop the sessions that still hold the translated ports</source>
        <translation>変換後のポートを保持しているセッションを削除します</translation>
    </message>
    <message>
        <source>MeshNAT fix for %1: the HCX appliances keep UDP 4500 (fixed port)</source>
        <translation>%1 に対する MeshNAT の修正: HCX アプライアンスが UDP 4500 を維持します (固定ポート)</translation>
    </message>
    <message>
        <source>FortiOS keeps NAT ports unique per destination, so appliances talking to different peers can all keep 4500 on %1's address</source>
        <translation>FortiOS は NAT ポートを宛先ごとに一意に保つため、異なるピアと通信するアプライアンスは %1 のアドレス上でいずれも 4500 を維持できます</translation>
    </message>
    <message>
        <source>FortiOS matches policies from the top: move this one above the general outbound NAT policy (config firewall policy, move ID before ID)</source>
        <translation>FortiOS はポリシーを上から照合します。これを一般的な送信 NAT ポリシーより上に移動してください (config firewall policy、move ID before ID)</translation>
    </message>
    <message>
        <source>Fixed port for %1 on %2</source>
        <translation>%2 で %1 に固定ポート</translation>
    </message>
    <message>
        <source>With set fixedport enable FortiOS never translates the source port, so each appliance keeps UDP 4500 toward its own peer; a second session on the same address, peer and port is refused. The project's profile options apply to the whole device, so the project change adds fixedport to %1; on the FortiGate only the appliances' policy has it.</source>
        <translation>set fixedport enable では FortiOS は送信元ポートを変換しないため、各アプライアンスは自分のピアに対して UDP 4500 を維持します。同じアドレス・ピア・ポートへの 2 つ目のセッションは拒否されます。プロジェクトのプロファイルオプションはデバイス全体に適用されるため、プロジェクトの変更では %1 に fixedport を追加します。FortiGate 上ではアプライアンスのポリシーだけに設定されます。</translation>
    </message>
    <message>
        <source>%1 talk to a peer address another appliance also uses: on one global address only one of them can keep 4500; ask the ISP for one more address.</source>
        <translation>%1 は別のアプライアンスも使うピアアドレスと通信しています。1 つのグローバルアドレスでは 4500 を維持できるのはそのうち 1 台だけです。ISP にアドレスをもう 1 つ依頼してください。</translation>
    </message>
    <message>
        <source>Replace the VIP that forwards to %1 (show firewall vip | grep -f %1) with this one</source>
        <translation>%1 へ転送している VIP (show firewall vip | grep -f %1) をこの VIP に置き換えてください</translation>
    </message>
    <message>
        <source>Delete the VIP that maps %1 to %2: show firewall vip | grep -f %1, then config firewall vip, delete NAME, end</source>
        <translation>%1 を %2 にマッピングしている VIP を削除してください: show firewall vip | grep -f %1 で探し、config firewall vip、delete 名前、end</translation>
    </message>
</context>
<context>
    <name>FortiPortRule</name>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works while this session lives.</source>
        <translation>ピアは観測したポートに追従する (%1) ため、このセッションが有効な間はトンネルが機能します。</translation>
    </message>
    <message>
        <source>%1 is a FortiGate: its source NAT keeps an original port only within 5117-65533 (Fortinet: "Anything below 5117 will be translated to a port higher than 5117"), so no HCX appliance keeps UDP %2 unless the policy has set fixedport enable.</source>
        <translation>%1 は FortiGate です。その送信元 NAT が元のポートを維持するのは 5117-65533 の範囲内だけです (Fortinet: "Anything below 5117 will be translated to a port higher than 5117")。そのため、ポリシーに set fixedport enable がない限り、どの HCX アプライアンスも UDP %2 を維持できません。</translation>
    </message>
    <message>
        <source>%1 is a FortiGate whose policy does not preserve source ports (%2): every session is given the next port of the range.</source>
        <translation>%1 は送信元ポートを維持しないポリシー (%2) の FortiGate です。各セッションには範囲内の次のポートが割り当てられます。</translation>
    </message>
    <message>
        <source>%1 (FortiGate) translates UDP 4500: port lost for %2</source>
        <translation>%1 (FortiGate) が UDP 4500 を変換: %2 がポートを失いました</translation>
    </message>
    <message>
        <source>This happens to every appliance whichever is deployed first, so redeploying or clearing the sessions does not help.</source>
        <translation>どのアプライアンスを先にデプロイしても同じことが起きるため、再デプロイやセッションの削除では解決しません。</translation>
    </message>
    <message>
        <source>FortiGate translates the source port</source>
        <translation>FortiGate が送信元ポートを変換</translation>
    </message>
</context>
<context>
    <name>FortiSessionReader</name>
    <message>
        <source>FortiGate diagnose sys session list</source>
        <translation>FortiGate diagnose sys session list</translation>
    </message>
    <message>
        <source>session info line with a value that is not understood</source>
        <translation>session info 行に解釈できない値があります</translation>
    </message>
    <message>
        <source>session block without its dir=org hook line (cut short?); not used</source>
        <translation>dir=org の hook 行がないセッションブロックです（途中で切れている可能性があります）。このセッションは使用しません</translation>
    </message>
    <message>
        <source>malformed hook line; expected "hook=… dir=… act=… SRC-&gt;DST(TRANSLATED)"</source>
        <translation>hook 行の形式が正しくありません。"hook=… dir=… act=… 送信元-&gt;宛先(変換後)" の形式が必要です</translation>
    </message>
    <message>
        <source>hook line with an invalid address or port; not used</source>
        <translation>hook 行のアドレスまたはポートが正しくありません。この行は使用しません</translation>
    </message>
    <message>
        <source>second dir=org hook line in one session; not used</source>
        <translation>1 つのセッションに 2 つ目の dir=org hook 行があります。この行は使用しません</translation>
    </message>
    <message>
        <source>hook line outside a session block</source>
        <translation>セッションブロックの外に hook 行があります</translation>
    </message>
    <message>
        <source>more than %1 sessions; the rest was not read</source>
        <translation>セッションが %1 件を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>the session count is not a number</source>
        <translation>セッション数が数値ではありません</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>解釈できません</translation>
    </message>
</context>
<context>
    <name>GraphActions</name>
    <message>
        <source>Palette</source>
        <translation>パレット</translation>
    </message>
    <message>
        <source>E&amp;xport Diagram…</source>
        <translation>構成図をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the Service Mesh diagram as SVG, PNG or PDF</source>
        <translation>サービスメッシュの構成図を SVG、PNG、PDF で保存します</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lay Out Automatically</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>On-premises left, internet centre, cloud right, appliances beside their peers</source>
        <translation>オンプレミスを左、インターネットを中央、クラウドを右に置き、アプライアンスをピアと並べます</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>全体図(&amp;O)</translation>
    </message>
    <message>
        <source>Show a small map of the whole topology when it does not fit</source>
        <translation>トポロジー全体が収まらないときに小さな全体図を表示します</translation>
    </message>
    <message>
        <source>%1: choose a file name ending in .svg, .png or .pdf</source>
        <translation>%1: 拡張子が .svg、.png、.pdf のファイル名を指定してください</translation>
    </message>
    <message>
        <source>Exported the diagram to %1</source>
        <translation>構成図を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>構成図のエクスポート</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 図 (*.svg);;PNG 画像 (*.png);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>%1× (%2 × %3 pixels)</source>
        <translation>%1 倍 (%2 × %3 ピクセル)</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG の倍率:</translation>
    </message>
</context>
<context>
    <name>GraphContextMenu</name>
    <message>
        <source>Add %1 Site Here</source>
        <translation>ここに %1 サイトを追加</translation>
    </message>
    <message>
        <source>Add NAT Router Here</source>
        <translation>ここに NAT ルーターを追加</translation>
    </message>
    <message>
        <source>Add HCX Appliance Here</source>
        <translation>ここに HCX アプライアンスを追加</translation>
    </message>
    <message>
        <source>Pair With</source>
        <translation>ペアにする相手</translation>
    </message>
    <message>
        <source>No appliance it can pair with</source>
        <translation>ペアにできるアプライアンスはありません</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ペアを解除</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
</context>
<context>
    <name>GraphController</name>
    <message>
        <source>Could not add the %1.</source>
        <translation>%1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>Added %1 "%2"</source>
        <translation>%1「%2」を追加しました</translation>
    </message>
    <message>
        <source>%1 and %2 are already paired.</source>
        <translation>%1 と %2 はすでにペアです。</translation>
    </message>
    <message>
        <source>Paired %1 with %2</source>
        <translation>%1 と %2 をペアにしました</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 はすでに %2 にあります。</translation>
    </message>
    <message>
        <source>%1 and %2 are already connected.</source>
        <translation>%1 と %2 はすでに接続されています。</translation>
    </message>
    <message>
        <source>Connected %1 and %2</source>
        <translation>%1 と %2 を接続しました</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 を %2 に移動しました</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>名前を変更できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクトをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no MeshNAT objects.</source>
        <translation>クリップボードに MeshNAT のオブジェクトがありません。</translation>
    </message>
    <message>
        <source>Nothing could be pasted.</source>
        <translation>貼り付けられるものがありませんでした。</translation>
    </message>
    <message>
        <source>Lay Out Automatically</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>Pair %1 with %2</source>
        <translation>%1 と %2 をペアにする</translation>
    </message>
    <message>
        <source>Unpair %1</source>
        <translation>%1 のペアを解除</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>%n 個の項目を貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be pasted: %1</source>
        <translation>貼り付けできませんでした: %1</translation>
    </message>
    <message>
        <source>Add %1 in a new site</source>
        <translation>新しいサイトに %1 を追加</translation>
    </message>
    <message>
        <source>Could not add the %1: %2</source>
        <translation>%1 を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>Added %1 "%2" in the new site %3</source>
        <translation>新しいサイト %3 に %1「%2」を追加しました</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Tunnel Up</source>
        <translation>トンネル Up</translation>
    </message>
    <message>
        <source>Tunnel Down</source>
        <translation>トンネル Down</translation>
    </message>
    <message>
        <source>Tunnel not up or not simulated</source>
        <translation>トンネル未確立・未シミュレーション</translation>
    </message>
    <message>
        <source>Physical link</source>
        <translation>物理リンク</translation>
    </message>
    <message>
        <source>Outside port after NAT</source>
        <translation>NAT 後の外側ポート</translation>
    </message>
    <message>
        <source>Port changed by NAT</source>
        <translation>NAT でポートが変更</translation>
    </message>
    <message>
        <source>Port collision (held by another)</source>
        <translation>ポート衝突 (他が使用中)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Build a project from a router configuration and its NAT table</source>
        <translation>ルーター設定と NAT テーブルからプロジェクトを作成します</translation>
    </message>
    <message>
        <source>iptables-save output of a Linux router</source>
        <translation>Linux ルーターの iptables-save 出力</translation>
    </message>
    <message>
        <source>Add to this project instead of a new one</source>
        <translation>新規ではなくこのプロジェクトに追加します</translation>
    </message>
    <message>
        <source>Project file to write</source>
        <translation>書き出すプロジェクトファイル</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lines understood; %4 interfaces, %5 access lists, %6 pools, %7 NAT rules</source>
        <translation>%1: %3 行中 %2 行を解釈しました。インターフェイス %4、アクセスリスト %5、プール %6、NAT ルール %7</translation>
    </message>
    <message>
        <source>%1: %2 translations, %3 appliances on UDP 4500, %4 collisions</source>
        <translation>%1: NAT変換 %2 件、UDP 4500 のアプライアンス %3 台、衝突 %4 件</translation>
    </message>
    <message>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>インポート %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 objects added)</source>
        <translation>%1 を書き出しました (%2 個のオブジェクトを追加)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Router output of any known format (a configuration or a translation/session table), detected from its first lines</source>
        <translation>対応するいずれかの形式のルーター出力 (設定、または変換/セッションの表)。形式は先頭の行から判定します</translation>
    </message>
    <message>
        <source>Read the input as this format instead of detecting it (see --list-formats)</source>
        <translation>形式を判定せず、この形式として読み込みます (--list-formats を参照)</translation>
    </message>
    <message>
        <source>List the formats and their keys</source>
        <translation>形式とそのキーを一覧表示します</translation>
    </message>
    <message>
        <source>A router configuration (its vendor detected)</source>
        <translation>ルーターの設定 (ベンダーは自動判定)</translation>
    </message>
    <message>
        <source>A translation or session table (its format detected)</source>
        <translation>変換またはセッションの表 (形式は自動判定)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>usage: meshnat-cli import [FILE…] [--format KEY] [--config FILE] [--iptables FILE] [--translations FILE] [--into PROJECT] -o PROJECT
       meshnat-cli import --list-formats</source>
        <translation>使い方: meshnat-cli import [FILE…] [--format KEY] [--config FILE] [--iptables FILE] [--translations FILE] [--into PROJECT] -o PROJECT
       meshnat-cli import --list-formats</translation>
    </message>
    <message>
        <source>unknown format "%1"; known formats: %2</source>
        <translation>不明な形式 "%1" です。対応する形式: %2</translation>
    </message>
    <message>
        <source>(the closest known format; --format KEY reads it as another, --list-formats lists them)</source>
        <translation>(最も近い形式として判定しました。--format KEY で別の形式として読み込めます。形式は --list-formats で一覧表示します)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: only one router configuration per import</source>
        <translation>%1: 1 回の取り込みで読めるルーターの設定は 1 つだけです</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n NAT rule(s) read</source>
        <translation>
            <numerusform>%1: NAT ルールを %n 個読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only one translation table per import</source>
        <translation>%1: 1 回の取り込みで読める変換表は 1 つだけです</translation>
    </message>
    <message>
        <source>rule counters</source>
        <translation>ルールのカウンター</translation>
    </message>
    <message>
        <source>%1: rule counters, shown above; they count the router's rules and add nothing to the project</source>
        <translation>%1: ルールのカウンター（上に表示）。ルーターのルールの使用回数であり、プロジェクトには何も追加しません</translation>
    </message>
    <message numerus="yes">
        <source>%n outside source rule(s): read, imported, not simulated</source>
        <translation>
            <numerusform>outside source ルール %n 個: 読み込み、取り込みましたがシミュレーションしません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n NAT rule(s) imported but not simulated (%1)</source>
        <translation>
            <numerusform>NAT ルール %n 個を取り込みましたがシミュレーションしません (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Router &amp;Configuration…</source>
        <translation>ルーター設定のインポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Build a NAT device from a Cisco IOS configuration or Linux iptables-save output</source>
        <translation>Cisco IOS の設定または Linux の iptables-save 出力から NAT デバイスを作成します</translation>
    </message>
    <message>
        <source>Import NAT &amp;Translations…</source>
        <translation>NAT変換テーブルのインポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Read show ip nat translations or conntrack -L output and find UDP 4500 collisions</source>
        <translation>show ip nat translations または conntrack -L の出力を読み、UDP 4500 の衝突を見つけます</translation>
    </message>
    <message>
        <source>Observed Table</source>
        <translation>実機のNAT変換テーブル</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) added</source>
        <translation>
            <numerusform>%1: %n 個のオブジェクトを追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Paste Router Output…</source>
        <translation>ルーター出力の貼り付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Import what a router printed (a configuration or a translation or session table) from the clipboard; its format is detected</source>
        <translation>ルーターが表示したもの (設定、または変換/セッションの表) をクリップボードから取り込みます。形式は自動判定します</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Router configurations (*.cfg *.conf *.txt *.log);;All files (*)</source>
        <translation>ルーター設定 (*.cfg *.conf *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Command output (*.txt *.log);;All files (*)</source>
        <translation>コマンド出力 (*.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Router Output</source>
        <translation>ルーターの出力を開く</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message numerus="yes">
        <source>%n collision(s) on UDP 4500</source>
        <translation>
            <numerusform>UDP 4500 の衝突 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>with the observed table</source>
        <translation>実機のNAT変換テーブル付き</translation>
    </message>
    <message>
        <source>Store the observed table on %1 (replaces what it had)</source>
        <translation>実機のNAT変換テーブルを %1 に保存します (既存のものは置き換えます)</translation>
    </message>
    <message>
        <source>Import configuration of %1</source>
        <translation>%1 の設定をインポート</translation>
    </message>
    <message>
        <source>Import NAT translations into new device %1</source>
        <translation>NAT変換テーブルを新しいデバイス %1 にインポート</translation>
    </message>
    <message>
        <source>Import NAT translations</source>
        <translation>NAT変換テーブルをインポート</translation>
    </message>
    <message>
        <source>Import Router Configuration</source>
        <translation>ルーター設定のインポート</translation>
    </message>
    <message>
        <source>Import NAT Translations</source>
        <translation>NAT変換テーブルのインポート</translation>
    </message>
    <message>
        <source>Open or paste the customer's router configuration (Cisco IOS / IOS-XE running-config, or Linux iptables-save -t nat). Nothing changes until you press Import; the import is one undo step.</source>
        <translation>お客様のルーター設定 (Cisco IOS / IOS-XE の running-config、または Linux の iptables-save -t nat) を開くか貼り付けてください。[インポート] を押すまで何も変更されません。インポートは 1 回の操作で元に戻せます。</translation>
    </message>
    <message>
        <source>Open or paste the output of show ip nat translations (any IOS or IOS-XE variant, verbose too) or Linux conntrack -L. Nothing changes until you press Import; the import is one undo step.</source>
        <translation>show ip nat translations (IOS / IOS-XE の各形式、verbose も可) または Linux の conntrack -L の出力を開くか貼り付けてください。[インポート] を押すまで何も変更されません。インポートは 1 回の操作で元に戻せます。</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Paste the text below, or open a file.</source>
        <translation>下にテキストを貼り付けるか、ファイルを開いてください。</translation>
    </message>
    <message>
        <source>interface GigabitEthernet0/0
 ip address 192.168.1.1 255.255.255.0
 ip nat inside
…</source>
        <translation>interface GigabitEthernet0/0
 ip address 192.168.1.1 255.255.255.0
 ip nat inside
…</translation>
    </message>
    <message>
        <source>Pro Inside global      Inside local       Outside local      Outside global
…</source>
        <translation>Pro Inside global      Inside local       Outside local      Outside global
…</translation>
    </message>
    <message>
        <source>New NAT device</source>
        <translation>新しい NAT デバイス</translation>
    </message>
    <message>
        <source>Store on:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Add the appliances seen on UDP 4500 and their cloud peers</source>
        <translation>UDP 4500 で見つかったアプライアンスとクラウド側のピアを追加する</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>追加されるもの</translation>
    </message>
    <message>
        <source>Understood (%1)</source>
        <translation>解釈できた項目 (%1)</translation>
    </message>
    <message>
        <source>Table read (%1)</source>
        <translation>読み込んだテーブル (%1)</translation>
    </message>
    <message>
        <source>Not understood (%1)</source>
        <translation>解釈できなかった行 (%1)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a router configuration is at most %3 MB.</source>
        <translation>%1 は %2 MB です。ルーター設定は最大 %3 MB までです。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%2 MB 中 %1 MB</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows</source>
        <translation>%L2 行中 %L1 行</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 was read as a whole (%n translation(s)); its table is shown below. Paste text here to import that instead.</source>
        <translation>
            <numerusform>%1 を一括で読み込みました (変換 %n 件)。テーブルは下に表示しています。代わりにテキストを取り込む場合はここに貼り付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Router output (*.cfg *.conf *.txt *.log);;All files (*)</source>
        <translation>ルーターの出力 (*.cfg *.conf *.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n NAT rule(s) read</source>
        <translation>
            <numerusform>%1: NAT ルールを %n 個読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 lines understood</source>
        <translation>%1: %3 行中 %2 行を解釈しました</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n translation(s) read</source>
        <translation>
            <numerusform>%1: 変換を %n 件読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>(detected as the closest known format; choose another under Format if it is one)</source>
        <translation>(最も近い形式として判定しました。別の形式の場合は「形式」で選んでください)</translation>
    </message>
    <message>
        <source>Paste Router Output</source>
        <translation>ルーター出力の貼り付け</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Detect automatically — %1</source>
        <translation>自動判定 — %1</translation>
    </message>
    <message>
        <source>Router#show running-config
Building configuration...
…

or

Router#show ip nat translations
Pro Inside global      Inside local       Outside local      Outside global
…</source>
        <translation>Router#show running-config
Building configuration...
…

または

Router#show ip nat translations
Pro Inside global      Inside local       Outside local      Outside global
…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule counter(s) read; they count rules, not translations, so nothing is added to the project</source>
        <translation>
            <numerusform>%1: ルールカウンターを %n 個読み込みました。これは変換ではなくルールを数えるもので、プロジェクトには何も追加しません</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste what the router printed, prompt and pager prompts included: a configuration (show running-config, iptables-save) or a translation or session table (show ip nat translations, conntrack -L, show xlate …), or rule hit counters (show nat detail, show security nat source summary), which are listed but add nothing. Its format is detected as you paste; choose another under Format if the guess is wrong. Nothing changes until you press Import; the import is one undo step.</source>
        <translation>ルーターが表示した内容を、プロンプトやページャーのプロンプトごと貼り付けてください: 設定 (show running-config、iptables-save)、変換またはセッションのテーブル (show ip nat translations、conntrack -L、show xlate …)、またはルールのヒットカウンター (show nat detail、show security nat source summary。一覧表示のみで何も追加しません)。形式は貼り付けると検出されます。推測が違う場合は「形式」で別の形式を選んでください。「インポート」を押すまで何も変わりません。インポートは 1 回の取り消し単位です。</translation>
    </message>
    <message>
        <source>Rule counters (%1)</source>
        <translation>ルールカウンター (%1)</translation>
    </message>
    <message>
        <source>Rule or pool and its hit counts</source>
        <translation>ルールまたはプールとヒット数</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <source>Rule hit counters count how often each NAT rule or pool was used, not which translations exist: nothing is added to the project and Import stays off. Copy Notes puts them (or the selected ones) on the clipboard for your report.</source>
        <translation>ルールのヒットカウンターは、どの変換が存在するかではなく、各 NAT ルールやプールが何回使われたかを数えます。プロジェクトには何も追加されず、インポートは無効のままです。「ノートをコピー」で、すべて (または選択したもの) をレポート用にクリップボードへコピーできます。</translation>
    </message>
    <message>
        <source>Copy Notes</source>
        <translation>ノートをコピー</translation>
    </message>
    <message>
        <source>Rule counters add nothing to the project; use Copy Notes.</source>
        <translation>ルールカウンターはプロジェクトに何も追加しません。「ノートをコピー」を使ってください。</translation>
    </message>
</context>
<context>
    <name>ImportIssues</name>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>解釈不能</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
</context>
<context>
    <name>IptablesSaveReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: too large for iptables-save output (limit %2 MB)</source>
        <translation>%1: iptables-save の出力として大きすぎます (上限 %2 MB)</translation>
    </message>
    <message>
        <source>table %1 is not used; only *nat is read</source>
        <translation>テーブル %1 は使いません。読み込むのは *nat だけです</translation>
    </message>
    <message>
        <source>unbalanced quotes</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>not a rule (-A CHAIN …)</source>
        <translation>ルール (-A CHAIN …) ではありません</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>rule without a target (-j)</source>
        <translation>ターゲット (-j) のないルールです</translation>
    </message>
    <message>
        <source>SNAT needs --to-source</source>
        <translation>SNAT には --to-source が必要です</translation>
    </message>
    <message>
        <source>DNAT needs --to-destination</source>
        <translation>DNAT には --to-destination が必要です</translation>
    </message>
    <message>
        <source>options not modelled: %1</source>
        <translation>再現しないオプション: %1</translation>
    </message>
    <message>
        <source>negated matches (!) are not modelled</source>
        <translation>否定マッチ (!) は再現しません</translation>
    </message>
</context>
<context>
    <name>KeepaliveTimeoutRule</name>
    <message>
        <source>%1 forgets UDP translations after %2 s; the tunnels send keepalives every %3 s</source>
        <translation>%1 は UDP 変換を %2 秒で破棄しますが、トンネルのキープアライブは %3 秒ごとです</translation>
    </message>
    <message>
        <source>An idle UDP translation on %1 lives %2 s, shorter than the %3 s between the appliances' NAT-T keepalives. Whenever the tunnel is quiet the translation expires, packets from the peer are dropped until the appliance sends again, and the new translation may get another port: the tunnel flaps.</source>
        <translation>%1 ではアイドル状態の UDP 変換の寿命が %2 秒で、アプライアンスの NAT-T キープアライブ間隔 %3 秒より短くなっています。トンネルが静かになるたびに変換が期限切れになり、アプライアンスが再送するまでピアからのパケットは破棄され、新しい変換には別のポートが割り当てられることがあります。トンネルがフラップします。</translation>
    </message>
    <message>
        <source>%1: UDP timeout %2 s.</source>
        <translation>%1: UDP タイムアウト %2 秒。</translation>
    </message>
    <message>
        <source>Translation timeout shorter than the keepalive interval</source>
        <translation>変換タイムアウトがキープアライブ間隔より短い</translation>
    </message>
    <message>
        <source>%1's translation %2 expired at %3 s; its next one was %4.</source>
        <translation>%1 の変換 %2 は %3 秒に期限切れになり、次の変換は %4 でした。</translation>
    </message>
    <message>
        <source>Tunnel %1 went Down at %2 s.</source>
        <translation>トンネル %1 は %2 秒に Down になりました。</translation>
    </message>
</context>
<context>
    <name>LayoutController</name>
    <message>
        <source>Layout reset</source>
        <translation>レイアウトをリセットしました</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put the docks and toolbars back where they were at first</source>
        <translation>ドックとツールバーを最初の配置に戻します</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し: %1(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>サンプルを開く(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project with an on-premises and a cloud site</source>
        <translation>オンプレミスとクラウドのサイトを 1 つずつ持つ新しいプロジェクトを作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a MeshNAT project file</source>
        <translation>MeshNAT プロジェクトファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MeshNAT</source>
        <translation>MeshNAT について(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 was not applied</source>
        <translation>%1 は適用されませんでした</translation>
    </message>
    <message>
        <source>%1[*] — MeshNAT</source>
        <translation>%1[*] — MeshNAT</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>検証 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジー</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Service Meshes</source>
        <translation>サービスメッシュ</translation>
    </message>
    <message>
        <source>About MeshNAT</source>
        <translation>MeshNAT について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MeshNAT %1&lt;/h3&gt;&lt;p&gt;A workbench for HCX Service Mesh tunnels behind NAT: draw the customer's topology, see what each router's NAT does to UDP 4500, and find out which appliance tunnel goes Down and why.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MeshNAT %1&lt;/h3&gt;&lt;p&gt;NAT の背後にある HCX サービスメッシュのトンネルを調べるためのワークベンチです。お客様のトポロジーを描き、各ルーターの NAT 変換が UDP 4500 にどう作用するかを確認し、どのアプライアンスのトンネルがなぜ Down になるのかを突き止めます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド（実行中の Qt は %3）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unpair %1</source>
        <translation>%1 のペアを解除</translation>
    </message>
    <message>
        <source>Pair %1 with %2</source>
        <translation>%1 と %2 をペアにする</translation>
    </message>
    <message>
        <source>%1 was not applied: %2</source>
        <translation>%1 は適用されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>MappingChangedRule</name>
    <message>
        <source>Cisco IOS removes an idle UDP translation after ip nat translation udp-timeout, %1 s here</source>
        <translation>Cisco IOS はアイドル状態の UDP 変換を ip nat translation udp-timeout（ここでは %1 秒）で削除します</translation>
    </message>
    <message>
        <source>Cisco ASA removes an idle UDP translation after timeout udp, %1 s here</source>
        <translation>Cisco ASA はアイドル状態の UDP 変換を timeout udp（ここでは %1 秒）で削除します</translation>
    </message>
    <message>
        <source>this NAT expires an idle UDP mapping after %1 s; RFC 4787 asks for at least 120 s</source>
        <translation>この NAT はアイドル状態の UDP マッピングを %1 秒で期限切れにします。RFC 4787 は 120 秒以上を求めています</translation>
    </message>
    <message>
        <source>%1's mapping moved from %2 to %3 under a live tunnel</source>
        <translation>稼働中のトンネルの下で %1 のマッピングが %2 から %3 に移りました</translation>
    </message>
    <message>
        <source>%1's translation %2 ended under a live tunnel</source>
        <translation>稼働中のトンネルの下で %1 の変換 %2 が消えました</translation>
    </message>
    <message>
        <source>%1's translation %2 → %3 on %4 was cleared at %5 s.</source>
        <translation>%4 上の %1 の変換 %2 → %3 は %5 秒に消去されました。</translation>
    </message>
    <message>
        <source>%1's translation %2 → %3 on %4 expired at %5 s, %6 s after its last packet: %7.</source>
        <translation>%4 上の %1 の変換 %2 → %3 は、最後のパケットから %6 秒後の %5 秒に期限切れになりました: %7。</translation>
    </message>
    <message>
        <source>Its next packet, at %1 s, got a new translation: %2.</source>
        <translation>%1 秒の次のパケットには新しい変換 %2 が割り当てられました。</translation>
    </message>
    <message>
        <source>Its next packets used a translation %1 had created at %2 s for the same inside endpoint: %3.</source>
        <translation>次のパケットは、同じ内部エンドポイントに対して %1 が %2 秒に作成した変換 %3 を使いました。</translation>
    </message>
    <message>
        <source>Port %1 was held by %2.</source>
        <translation>ポート %1 は %2 が使用していました。</translation>
    </message>
    <message>
        <source>%1 took another address of its pool.</source>
        <translation>%1 はプールの別のアドレスを使いました。</translation>
    </message>
    <message>
        <source>%1 randomises source ports.</source>
        <translation>%1 は送信元ポートをランダム化します。</translation>
    </message>
    <message>
        <source>Its cloud peer (%1) still sent to %2 at %3 s.</source>
        <translation>クラウド側のピア（%1）は %3 秒にもまだ %2 へ送信しました。</translation>
    </message>
    <message>
        <source>The tunnel is Down until %1 sends again and the peer hears from it.</source>
        <translation>%1 が再び送信してピアに届くまで、トンネルは Down です。</translation>
    </message>
    <message>
        <source>The tunnel stays Down until the next IKE exchange teaches the peer the new endpoint.</source>
        <translation>次の IKE 交換でピアが新しいエンドポイントを学習するまで、トンネルは Down のままです。</translation>
    </message>
    <message>
        <source>This peer keeps the address it saw in the last IKE message, so the tunnel stays Down until IKE runs again.</source>
        <translation>このピアは最後の IKE メッセージで見たアドレスを使い続けるため、IKE が再度行われるまでトンネルは Down のままです。</translation>
    </message>
    <message>
        <source>Translation ended under a live tunnel</source>
        <translation>稼働中のトンネルの下で変換が消えた</translation>
    </message>
    <message>
        <source>Linux netfilter forgets an idle UDP entry after %1 s (nf_conntrack_udp_timeout), or after %2 s once it has seen replies (nf_conntrack_udp_timeout_stream)</source>
        <translation>Linux netfilter はアイドル状態の UDP エントリを %1 秒（nf_conntrack_udp_timeout）で、応答を受けた後は %2 秒（nf_conntrack_udp_timeout_stream）で破棄します</translation>
    </message>
    <message>
        <source>FortiGate removes an idle UDP session after udp-idle-timer (or a session-ttl port entry), %1 s here</source>
        <translation>FortiGate はアイドル状態の UDP セッションを udp-idle-timer (または session-ttl の port エントリ) の経過後に削除します。ここでは %1 秒です</translation>
    </message>
</context>
<context>
    <name>MappingReuseRule</name>
    <message>
        <source>Linux netfilter first reuses the newest live mapping of the same inside address and port when that port is free toward the new destination; only then does it try the original port.</source>
        <translation>Linux netfilter は、同じ内部アドレスとポートの最新の有効なマッピングが新しい宛先に対して空いていれば、まずそれを再利用し、その後で初めて元のポートを試します。</translation>
    </message>
    <message>
        <source>Cisco IOS keeps one inside global endpoint per inside address and port: a new destination gets the existing translation's inside global.</source>
        <translation>Cisco IOS は内部アドレスとポートごとに 1 つの内部グローバルエンドポイントを保ちます。新しい宛先には既存の変換の内部グローバルが使われます。</translation>
    </message>
    <message>
        <source>Cisco ASA reuses the existing translation of the real address and port for a new destination when, with the extended option, it is free toward that destination.</source>
        <translation>Cisco ASA は、extended オプションの下でその宛先に対して空いていれば、実アドレスとポートの既存の変換を新しい宛先にも再利用します。</translation>
    </message>
    <message>
        <source>Cisco ASA reuses the existing translation of the real address and port for every new destination.</source>
        <translation>Cisco ASA は、実アドレスとポートの既存の変換をすべての新しい宛先に再利用します。</translation>
    </message>
    <message>
        <source>An endpoint-independent mapping NAT (RFC 4787) keeps one global endpoint per inside endpoint, whatever the destination.</source>
        <translation>エンドポイント非依存マッピングの NAT（RFC 4787）は、宛先に関係なく内部エンドポイントごとに 1 つのグローバルエンドポイントを保ちます。</translation>
    </message>
    <message>
        <source>Mapping reuse: %1 leaves as %2, the mapping %3 already had</source>
        <translation>マッピングの再利用: %1 は %3 が既に持っていたマッピング %2 で出ていきます</translation>
    </message>
    <message>
        <source>%1's flow %2 → %3 already had a translation on %4, created at %5 s for %6, with the inside global %7. The tunnel's packets use that translation, so they leave as %7, not with port %8.</source>
        <translation>%1 のフロー %2 → %3 には、%6 のために %5 秒に作成された内部グローバル %7 の変換が %4 上に既にありました。トンネルのパケットはその変換を使うため、ポート %8 ではなく %7 で出ていきます。</translation>
    </message>
    <message>
        <source>%1's uplink endpoint %2 already had a translation on %3: %4, with the inside global %5, created at %6 s. When the tunnel to %7 started at %8 s, %3 gave the new flow that same mapping instead of port %9.</source>
        <translation>%1 のアップリンクのエンドポイント %2 には、%6 秒に作成された内部グローバル %5 の変換（%4）が %3 上に既にありました。%8 秒に %7 へのトンネルが始まったとき、%3 は新しいフローにポート %9 ではなく同じマッピングを割り当てました。</translation>
    </message>
    <message>
        <source>Its cloud peer expects source port %1 (%2), so it sends to %3:%1.</source>
        <translation>クラウド側のピアは送信元ポート %1 を前提としている（%2）ため、%3:%1 へ送信します。</translation>
    </message>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works while that mapping lives.</source>
        <translation>ピアは見えたポートに追従する（%1）ので、そのマッピングが有効な間はトンネルが動きます。</translation>
    </message>
    <message>
        <source>%1 is translated to %2 (toward %3).</source>
        <translation>%1 は %2 に変換されます（宛先 %3）。</translation>
    </message>
    <message>
        <source>%1's tunnel packets leave as %2.</source>
        <translation>%1 のトンネルのパケットは %2 で出ていきます。</translation>
    </message>
    <message>
        <source>Mapping of an earlier flow reused</source>
        <translation>先行フローのマッピングの再利用</translation>
    </message>
</context>
<context>
    <name>MeshGraphScene</name>
    <message>
        <source>Peer pair: %1 ↔ %2</source>
        <translation>ピアペア: %1 ↔ %2</translation>
    </message>
    <message>
        <source>Static NAT</source>
        <translation>スタティック NAT</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 へ移動</translation>
    </message>
</context>
<context>
    <name>MeshGraphView</name>
    <message>
        <source>The project has no sites yet.
Drag a site from the palette, use Edit ▸ Add Site, or open an example from the File menu.</source>
        <translation>プロジェクトにはまだサイトがありません。
パレットからサイトをドラッグするか、[編集] ▸ [サイトを追加] を使うか、[ファイル] メニューからサンプルを開いてください。</translation>
    </message>
</context>
<context>
    <name>MeshRules</name>
    <message>
        <source>Interconnect</source>
        <translation>Interconnect（IX）</translation>
    </message>
    <message>
        <source>WAN Optimization</source>
        <translation>WAN Optimization（WO）</translation>
    </message>
    <message>
        <source>Network Extension</source>
        <translation>Network Extension（NE）</translation>
    </message>
    <message>
        <source>Sentinel Gateway</source>
        <translation>Sentinel Gateway（SGW）</translation>
    </message>
    <message>
        <source>Sentinel Data Receiver</source>
        <translation>Sentinel Data Receiver（SDR）</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>A Service Mesh pairs an on-premises appliance with one in the cloud SDDC.</source>
        <translation>サービスメッシュはオンプレミスのアプライアンスとクラウド SDDC のアプライアンスをペアにします。</translation>
    </message>
    <message>
        <source>HCX Managers are paired as sites, not in a Service Mesh.</source>
        <translation>HCX Manager はサイトペアリングで結び付けます。サービスメッシュのペアにはなりません。</translation>
    </message>
    <message>
        <source>An appliance of type %1 pairs only with one of type %2, not with %3.</source>
        <translation>タイプ %1 のアプライアンスはタイプ %2 とだけペアになり、%3 とはペアになりません。</translation>
    </message>
    <message>
        <source>Only two different HCX appliances can be paired.</source>
        <translation>ペアにできるのは異なる 2 台の HCX アプライアンスだけです。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <source>Service Mesh %1</source>
        <translation>サービスメッシュ %1</translation>
    </message>
</context>
<context>
    <name>ModelEnums</name>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>Cloud SDDC</source>
        <translation>クラウド SDDC</translation>
    </message>
    <message>
        <source>Internet / transit</source>
        <translation>インターネット / 中継網</translation>
    </message>
    <message>
        <source>Home lab</source>
        <translation>ホームラボ</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>ルーター</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>No NAT role</source>
        <translation>NAT 役割なし</translation>
    </message>
    <message>
        <source>NAT inside</source>
        <translation>NAT inside（内部）</translation>
    </message>
    <message>
        <source>NAT outside</source>
        <translation>NAT outside（外部）</translation>
    </message>
    <message>
        <source>Static NAT (1:1)</source>
        <translation>スタティック NAT（1:1）</translation>
    </message>
    <message>
        <source>Static PAT</source>
        <translation>スタティック PAT</translation>
    </message>
    <message>
        <source>Dynamic PAT (overload)</source>
        <translation>ダイナミック PAT（オーバーロード）</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>ESP</source>
        <translation>ESP</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>HCX Manager (Connector)</source>
        <translation>HCX Manager（Connector）</translation>
    </message>
    <message>
        <source>HCX Cloud Manager</source>
        <translation>HCX Cloud Manager</translation>
    </message>
    <message>
        <source>IX (Interconnect)</source>
        <translation>IX（Interconnect）</translation>
    </message>
    <message>
        <source>NE (Network Extension)</source>
        <translation>NE（Network Extension）</translation>
    </message>
    <message>
        <source>WO (WAN Optimization)</source>
        <translation>WO（WAN Optimization）</translation>
    </message>
    <message>
        <source>SGW (Sentinel Gateway)</source>
        <translation>SGW（Sentinel Gateway）</translation>
    </message>
    <message>
        <source>SDR (Sentinel Data Receiver)</source>
        <translation>SDR（Sentinel Data Receiver）</translation>
    </message>
    <message>
        <source>Cisco IOS / IOS-XE PAT</source>
        <translation>Cisco IOS / IOS-XE の PAT</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Linux netfilter (consumer router)</source>
        <translation>Linux netfilter（家庭用ルーター）</translation>
    </message>
    <message>
        <source>RFC 4787 endpoint-independent</source>
        <translation>RFC 4787 エンドポイント非依存</translation>
    </message>
    <message>
        <source>Peer expects source port 4500</source>
        <translation>ピアは送信元ポート 4500 を前提とする</translation>
    </message>
    <message>
        <source>Peer learns the observed port</source>
        <translation>ピアは観測したポートを学習する</translation>
    </message>
    <message>
        <source>Redeploy appliance</source>
        <translation>アプライアンスを再デプロイ</translation>
    </message>
    <message>
        <source>Redeploy service mesh</source>
        <translation>サービスメッシュを再デプロイ</translation>
    </message>
    <message>
        <source>Clear NAT translations</source>
        <translation>NAT 変換テーブルをクリア</translation>
    </message>
    <message>
        <source>Silence appliance</source>
        <translation>アプライアンスを停止（無通信）</translation>
    </message>
    <message>
        <source>Catalogue default</source>
        <translation>カタログの既定値</translation>
    </message>
    <message>
        <source>Cloud peer initiates</source>
        <translation>クラウド側ピアが先に送信</translation>
    </message>
    <message>
        <source>Fortinet FortiGate (FortiOS policy NAT)</source>
        <translation>Fortinet FortiGate (FortiOS ポリシー NAT)</translation>
    </message>
    <message>
        <source>Juniper SRX source NAT</source>
        <translation>Juniper SRX 送信元 NAT</translation>
    </message>
    <message>
        <source>YAMAHA RTX NAT descriptor</source>
        <translation>YAMAHA RTX NATディスクリプター</translation>
    </message>
</context>
<context>
    <name>Moments</name>
    <message>
        <source>%1 given %2</source>
        <translation>%1 に %2 番を割り当て</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 が %2 番を保持</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 が %2 番を取得</translation>
    </message>
    <message>
        <source>%1 loses %2</source>
        <translation>%1 が %2 番を失う</translation>
    </message>
    <message>
        <source>%1 takes over %2</source>
        <translation>%1 が %2 番を奪う</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
</context>
<context>
    <name>NatDetection</name>
    <message>
        <source>IKE_SA_INIT response</source>
        <translation>IKE_SA_INIT 応答</translation>
    </message>
    <message>
        <source>IKE_SA_INIT request</source>
        <translation>IKE_SA_INIT 要求</translation>
    </message>
    <message>
        <source>Frame %1 (%2 %3 → %4): the NAT detection hashes match the addresses seen here; no NAT between its sender and this capture point</source>
        <translation>フレーム %1 (%2 %3 → %4): NAT 検出ハッシュがここで見えるアドレスと一致します。送信元とこのキャプチャ地点の間に NAT はありません</translation>
    </message>
    <message>
        <source>its sender addressed it to %1, seen here as %2: a NAT between them translated the destination</source>
        <translation>送信元は %1 宛てに送信しましたが、ここでは %2 です: 間にある NAT が宛先を変換しました</translation>
    </message>
    <message>
        <source>its sender addressed it to another destination than %1: a NAT between them translated the destination</source>
        <translation>送信元は %1 以外の宛先に送信しました: 間にある NAT が宛先を変換しました</translation>
    </message>
    <message>
        <source>its sender sent it from %1, seen here as %2: a NAT between them translated the source</source>
        <translation>送信元は %1 から送信しましたが、ここでは %2 です: 間にある NAT が送信元を変換しました</translation>
    </message>
    <message>
        <source>its source hash matches no address seen (%1): a NAT translated the source, or the sender fakes the hash to force UDP encapsulation</source>
        <translation>送信元ハッシュが見えているどのアドレスとも一致しません (%1): NAT が送信元を変換したか、送信元が UDP カプセル化を強制するためにハッシュを偽装しています</translation>
    </message>
    <message>
        <source>Frame %1 (%2): NAT detected: %3</source>
        <translation>フレーム %1 (%2): NAT を検出: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>NatDeviceConfig</name>
    <message>
        <source>%1: rule "%2" needs inside local and global addresses; skipped</source>
        <translation>%1: ルール「%2」には内部ローカルと内部グローバルのアドレスが必要です。スキップしました</translation>
    </message>
    <message>
        <source>%1: rule "%2" names access list "%3", which does not exist; skipped</source>
        <translation>%1: ルール「%2」が指定するアクセスリスト「%3」は存在しません。スキップしました</translation>
    </message>
    <message>
        <source>%1: rule "%2" names pool "%3", which does not exist; skipped</source>
        <translation>%1: ルール「%2」が指定するプール「%3」は存在しません。スキップしました</translation>
    </message>
    <message>
        <source>%1: rule "%2" names interface "%3", which does not exist; skipped</source>
        <translation>%1: ルール「%2」が指定するインターフェイス「%3」は存在しません。スキップしました</translation>
    </message>
</context>
<context>
    <name>NatRules</name>
    <message>
        <source>outside source NAT: shown, not simulated</source>
        <translation>outside source NAT: 表示のみ、シミュレーションしません</translation>
    </message>
    <message>
        <source>(outside, not simulated)</source>
        <translation>(outside、シミュレーション対象外)</translation>
    </message>
</context>
<context>
    <name>NatTableModel</name>
    <message>
        <source>Static NAT</source>
        <translation>スタティックNAT</translation>
    </message>
    <message>
        <source>Static PAT</source>
        <translation>スタティックPAT</translation>
    </message>
    <message>
        <source>Dynamic PAT</source>
        <translation>ダイナミックPAT</translation>
    </message>
    <message>
        <source>Port collision: asked for %1:%2, which %3's translation held, and was given port %4.</source>
        <translation>ポート衝突: %1:%2 を要求しましたが %3 のNAT変換が使用中だったため、ポート %4 が割り当てられました。</translation>
    </message>
    <message>
        <source>Port collision: %1 also asked for %2 and was given port %3 instead.</source>
        <translation>ポート衝突: %1 も %2 を要求し、代わりにポート %3 が割り当てられました。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>This translation expires at this step; it is gone at the next one.</source>
        <translation>このNAT変換はこのステップで期限切れとなり、次のステップでは消えます。</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>内部グローバル</translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>内部ローカル</translation>
    </message>
    <message>
        <source>Outside local</source>
        <translation>外部ローカル</translation>
    </message>
    <message>
        <source>Outside global</source>
        <translation>外部グローバル</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>Reconstructed from the packets captured on both sides of the device; a capture does not show when the device drops a translation.</source>
        <translation>デバイスの両側でキャプチャしたパケットから再構成しました。デバイスがいつ変換を削除するかはキャプチャからは分かりません。</translation>
    </message>
</context>
<context>
    <name>NatTableView</name>
    <message>
        <source>All owners</source>
        <translation>すべての所有者</translation>
    </message>
    <message>
        <source>No NAT device in this project</source>
        <translation>このプロジェクトにはNATデバイスがありません</translation>
    </message>
    <message>
        <source>%1 of %2 translations</source>
        <translation>NAT変換 %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Filter: address, port or owner</source>
        <translation>絞り込み: アドレス、ポート、所有者</translation>
    </message>
    <message>
        <source>Follow replay</source>
        <translation>リプレイに追従</translation>
    </message>
    <message>
        <source>Show the device acting at the current step and scroll to the row it touched</source>
        <translation>現在のステップで動作したデバイスを表示し、変更された行までスクロールします</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected rows as show ip nat translations prints them</source>
        <translation>選択した行を show ip nat translations の形式でコピーします</translation>
    </message>
    <message>
        <source>Copy all rows</source>
        <translation>すべての行をコピー</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>すべてのプロトコル</translation>
    </message>
    <message>
        <source>%1 matches so far…</source>
        <translation>%1 件一致（検索中…）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation>
            <numerusform>NAT変換 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservedCollisionsLabel</name>
    <message>
        <source>Observed on the real router (imported table):</source>
        <translation>実機ルーターで確認された競合(取り込んだ変換テーブル):</translation>
    </message>
    <message>
        <source>%1 (captured)</source>
        <translation>%1 (キャプチャ)</translation>
    </message>
</context>
<context>
    <name>ObservedTable</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends NAT-T (UDP 4500) and kept port 4500 on %2</source>
        <translation>%1 は NAT-T (UDP 4500) を送信し、%2 でポート 4500 を維持しています</translation>
    </message>
    <message>
        <source>%1 holds %2: the other appliance behind this address was moved</source>
        <translation>%1 が %2 を保持しています: このアドレスを共有するもう一方のアプライアンスは別のポートに移されました</translation>
    </message>
    <message>
        <source>%1 asked for 4500 but was moved to port %2, because %3 holds %4</source>
        <translation>%1 は 4500 を要求しましたが、%3 が %4 を保持しているためポート %2 に移されました</translation>
    </message>
    <message>
        <source>%1 asked for 4500 but was given port %2</source>
        <translation>%1 は 4500 を要求しましたが、ポート %2 が割り当てられました</translation>
    </message>
    <message>
        <source>%1 → port %2</source>
        <translation>%1 → ポート %2</translation>
    </message>
    <message>
        <source>nobody visible</source>
        <translation>(表示範囲になし)</translation>
    </message>
    <message>
        <source>%1 inside locals asked for UDP 4500 behind %2: %3 kept 4500; moved: %4</source>
        <translation>%2 の背後で %1 個の内部ローカルが UDP 4500 を要求しました: 4500 を維持したのは %3、移されたのは %4</translation>
    </message>
</context>
<context>
    <name>ObservedTableCodec</name>
    <message>
        <source>truncated at %1</source>
        <translation>%1 の途中でデータが途切れています</translation>
    </message>
    <message>
        <source>bad number at %1</source>
        <translation>%1 の数値が不正です</translation>
    </message>
    <message>
        <source>impossible count at %1</source>
        <translation>%1 の個数がありえない値です</translation>
    </message>
    <message>
        <source>damaged compressed data at %1</source>
        <translation>%1 の圧縮データが壊れています</translation>
    </message>
    <message>
        <source>bad text reference in a detail value</source>
        <translation>詳細値の文字列参照が不正です</translation>
    </message>
    <message>
        <source>damaged detail value</source>
        <translation>詳細値が壊れています</translation>
    </message>
    <message>
        <source>unknown kind of detail value</source>
        <translation>詳細値の種類が不明です</translation>
    </message>
    <message>
        <source>too short for its rows</source>
        <translation>行数に対してデータが短すぎます</translation>
    </message>
    <message>
        <source>line number out of range</source>
        <translation>行番号が範囲外です</translation>
    </message>
    <message>
        <source>bad row flags</source>
        <translation>行フラグが不正です</translation>
    </message>
    <message>
        <source>extra reference out of range</source>
        <translation>追加情報の参照が範囲外です</translation>
    </message>
    <message>
        <source>bad address shape</source>
        <translation>アドレスの種別が不正です</translation>
    </message>
    <message>
        <source>timeout out of range</source>
        <translation>タイムアウト値が範囲外です</translation>
    </message>
    <message>
        <source>unexpected bytes after the rows</source>
        <translation>行データの後に余分なバイトがあります</translation>
    </message>
    <message>
        <source>not a MeshNAT observed table (bad signature)</source>
        <translation>MeshNAT の観測テーブルではありません (シグネチャが不正)</translation>
    </message>
    <message>
        <source>observed table encoding %1 is not known to this version (it reads %2)</source>
        <translation>観測テーブルのエンコーディング %1 はこのバージョンでは読めません (読めるのは %2 まで)</translation>
    </message>
    <message>
        <source>unknown table format %1</source>
        <translation>不明なテーブル形式 %1</translation>
    </message>
    <message>
        <source>inconsistent row, extras or block counts</source>
        <translation>行数・追加情報数・ブロック数が矛盾しています</translation>
    </message>
    <message>
        <source>unexpected bytes after the text table</source>
        <translation>文字列表の後に余分なバイトがあります</translation>
    </message>
    <message>
        <source>bad text reference at %1</source>
        <translation>%1 の文字列参照が不正です</translation>
    </message>
    <message>
        <source>line or header count out of range</source>
        <translation>行数またはヘッダー数が範囲外です</translation>
    </message>
    <message>
        <source>unknown issue severity</source>
        <translation>問題の重大度が不明です</translation>
    </message>
    <message>
        <source>issue line out of range</source>
        <translation>問題の行番号が範囲外です</translation>
    </message>
    <message>
        <source>unexpected bytes after the summary</source>
        <translation>概要の後に余分なバイトがあります</translation>
    </message>
    <message>
        <source>unexpected bytes after the extras</source>
        <translation>追加情報の後に余分なバイトがあります</translation>
    </message>
    <message>
        <source>row block %1</source>
        <translation>行ブロック %1</translation>
    </message>
    <message>
        <source>%1: wrong number of rows</source>
        <translation>%1: 行数が違います</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unexpected bytes after the last row block</source>
        <translation>最後の行ブロックの後に余分なバイトがあります</translation>
    </message>
    <message>
        <source>unknown value column style %1</source>
        <translation>不明な値列の形式 %1</translation>
    </message>
    <message>
        <source>more column values than rows</source>
        <translation>値列の値が行数より多くなっています</translation>
    </message>
    <message>
        <source>column value out of range</source>
        <translation>列の値が範囲外です</translation>
    </message>
    <message>
        <source>unexpected bytes after the value columns</source>
        <translation>値列の後に予期しないバイトがあります</translation>
    </message>
</context>
<context>
    <name>ObservedTableLoader</name>
    <message>
        <source>Reading the translation table…</source>
        <translation>NAT 変換テーブルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Looking for UDP 4500 collisions…</source>
        <translation>UDP 4500 の衝突を調べています…</translation>
    </message>
    <message>
        <source>Compressing the table for the project…</source>
        <translation>プロジェクト保存用にテーブルを圧縮しています…</translation>
    </message>
</context>
<context>
    <name>ObservedTableModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>内部グローバル</translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>内部ローカル</translation>
    </message>
    <message>
        <source>Outside local</source>
        <translation>外部ローカル</translation>
    </message>
    <message>
        <source>Outside global</source>
        <translation>外部グローバル</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
</context>
<context>
    <name>ObservedTableView</name>
    <message>
        <source>No translations read.</source>
        <translation>NAT変換は読み込まれていません。</translation>
    </message>
    <message>
        <source>No observed table on this device. Use File → Import NAT Translations.</source>
        <translation>このデバイスには実機のNAT変換テーブルがありません。[ファイル] → [NAT変換テーブルのインポート] を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n appliance(s) on UDP 4500</source>
        <translation>
            <numerusform>UDP 4500 のアプライアンス %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Collision: %1</source>
        <translation>衝突: %1</translation>
    </message>
    <message>
        <source>NAT device:</source>
        <translation>NAT デバイス:</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
    <message>
        <source>Filter: address, port or appliance</source>
        <translation>絞り込み: アドレス、ポート、アプライアンス</translation>
    </message>
    <message>
        <source>Captured: reconstructed from %1. %2</source>
        <translation>キャプチャ: %1 から再構成。%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln translation(s)</source>
        <translation>
            <numerusform>NAT変換 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches so far…</source>
        <translation>%1 件一致（検索中…）</translation>
    </message>
</context>
<context>
    <name>OwnershipFlipRule</name>
    <message>
        <source>Ownership flip of %1: %2 took it from %3</source>
        <translation>%1 の所有者交代: %2 が %3 から奪いました</translation>
    </message>
    <message>
        <source>Ownership flip under a live tunnel</source>
        <translation>稼働中トンネルの下でのポート所有者交代</translation>
    </message>
    <message>
        <source>Linux netfilter shares a global port between flows toward different destinations, but %1 goes to the same remote, %2, so it took the port outright.</source>
        <translation>Linux netfilter は宛先の異なるフロー同士でグローバルポートを共有しますが、%1 は同じリモート %2 宛てなので、ポートをそのまま奪いました。</translation>
    </message>
    <message>
        <source>With the extended option Cisco ASA shares a global port between destinations, but %1 goes to the same remote, %2, so it took the port outright.</source>
        <translation>extended オプションの Cisco ASA は宛先の異なるフロー同士でグローバルポートを共有しますが、%1 は同じリモート %2 宛てなので、ポートをそのまま奪いました。</translation>
    </message>
    <message>
        <source>Cisco IOS dynamic PAT gives no appliance a lasting claim on a port: after an expiry, whoever sends first gets it.</source>
        <translation>Cisco IOS のダイナミック PAT では、どのアプライアンスもポートを保持し続けられる保証はありません。期限切れの後は、先に送信した方がポートを得ます。</translation>
    </message>
    <message>
        <source>Cisco ASA dynamic PAT gives no appliance a lasting claim on a port: after an expiry, whoever sends first gets it.</source>
        <translation>Cisco ASA のダイナミック PAT では、どのアプライアンスもポートを保持し続けられる保証はありません。期限切れの後は、先に送信した方がポートを得ます。</translation>
    </message>
    <message>
        <source>Even an endpoint-independent NAT (RFC 4787) keeps a mapping only while it is refreshed: after an expiry, whoever sends first gets the port.</source>
        <translation>エンドポイント非依存の NAT（RFC 4787）でも、マッピングが保たれるのは更新されている間だけです。期限切れの後は、先に送信した方がポートを得ます。</translation>
    </message>
    <message>
        <source>%1's translation on %2 ended at %3 s (%4), and %5 sent first afterwards, so %6 gave %2 to %5.</source>
        <translation>%2 上の %1 の変換は %3 秒に消え（%4）、その後 %5 が先に送信したため、%6 は %2 を %5 に割り当てました。</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>idle timeout</source>
        <translation>アイドルタイムアウト</translation>
    </message>
    <message>
        <source>When %1 sent again at %2 s, %3 gave it %4.</source>
        <translation>%1 が %2 秒に再送したとき、%3 は %4 を割り当てました。</translation>
    </message>
    <message>
        <source>%1's peer (%2) still sends to %3.</source>
        <translation>%1 のピア（%2）はまだ %3 へ送信しています。</translation>
    </message>
    <message>
        <source>The tunnel goes Down.</source>
        <translation>トンネルは Down になります。</translation>
    </message>
    <message>
        <source>%1's peer sends to %2 until it learns the new port (%3).</source>
        <translation>%1 のピアは新しいポートを学習するまで %2 に送り続けます（%3）。</translation>
    </message>
    <message>
        <source>FortiGate shares a global port between sessions toward different destinations, but %1 goes to the same remote, %2, so it took the port outright.</source>
        <translation>FortiGate は宛先が異なるセッション間でグローバルポートを共有しますが、%1 は同じリモート %2 宛てのため、そのポートをそのまま奪いました。</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>raw IP</source>
        <translation>raw IP</translation>
    </message>
    <message>
        <source>raw IPv4</source>
        <translation>raw IPv4</translation>
    </message>
    <message>
        <source>raw IPv6</source>
        <translation>raw IPv6</translation>
    </message>
    <message>
        <source>Linux cooked (SLL)</source>
        <translation>Linux cooked (SLL)</translation>
    </message>
    <message>
        <source>Linux cooked (SLL2)</source>
        <translation>Linux cooked (SLL2)</translation>
    </message>
    <message>
        <source>link type %1</source>
        <translation>リンクタイプ %1</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>デコード済み</translation>
    </message>
    <message>
        <source>not IP</source>
        <translation>IP ではない</translation>
    </message>
    <message>
        <source>cut by the capture's snapshot length inside the headers</source>
        <translation>キャプチャのスナップショット長によりヘッダーの途中で切れている</translation>
    </message>
    <message>
        <source>IP fragment without ports</source>
        <translation>ポート番号のない IP フラグメント</translation>
    </message>
    <message>
        <source>malformed header</source>
        <translation>不正なヘッダー</translation>
    </message>
</context>
<context>
    <name>PaletteWidget</name>
    <message>
        <source>Sites</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>NAT devices</source>
        <translation>NAT デバイス</translation>
    </message>
    <message>
        <source>HCX appliances</source>
        <translation>HCX アプライアンス</translation>
    </message>
    <message>
        <source>On-premises site</source>
        <translation>オンプレミス サイト</translation>
    </message>
    <message>
        <source>The customer's data centre: the source site of the Service Mesh</source>
        <translation>お客様のデータセンター: サービスメッシュのソース サイト</translation>
    </message>
    <message>
        <source>Cloud SDDC</source>
        <translation>クラウド SDDC</translation>
    </message>
    <message>
        <source>The destination SDDC (VMware Cloud on AWS, AVS, …)</source>
        <translation>接続先の SDDC (VMware Cloud on AWS、AVS など)</translation>
    </message>
    <message>
        <source>Internet / transit</source>
        <translation>インターネット / 中継網</translation>
    </message>
    <message>
        <source>The network between the sites</source>
        <translation>サイト間のネットワーク</translation>
    </message>
    <message>
        <source>Home lab</source>
        <translation>自宅ラボ</translation>
    </message>
    <message>
        <source>A lab behind a consumer router</source>
        <translation>家庭用ルーター配下のラボ</translation>
    </message>
    <message>
        <source>NAT router</source>
        <translation>NAT ルーター</translation>
    </message>
    <message>
        <source>A router that translates addresses (Cisco IOS PAT by default)</source>
        <translation>アドレス変換を行うルーター (既定は Cisco IOS の PAT)</translation>
    </message>
    <message>
        <source>NAT firewall</source>
        <translation>NAT ファイアウォール</translation>
    </message>
    <message>
        <source>A firewall that translates addresses</source>
        <translation>アドレス変換を行うファイアウォール</translation>
    </message>
    <message>
        <source>HCX Manager</source>
        <translation>HCX Manager</translation>
    </message>
    <message>
        <source>HCX Manager (Connector) at the source site</source>
        <translation>ソース サイトの HCX Manager (Connector)</translation>
    </message>
    <message>
        <source>HCX Cloud Manager</source>
        <translation>HCX Cloud Manager</translation>
    </message>
    <message>
        <source>HCX Cloud Manager at the destination</source>
        <translation>接続先の HCX Cloud Manager</translation>
    </message>
    <message>
        <source>IX (Interconnect)</source>
        <translation>IX (Interconnect)</translation>
    </message>
    <message>
        <source>HCX-WAN-IX: migration traffic over IPsec, UDP 4500</source>
        <translation>HCX-WAN-IX: IPsec (UDP 4500) 経由の移行トラフィック</translation>
    </message>
    <message>
        <source>NE (Network Extension)</source>
        <translation>NE (Network Extension)</translation>
    </message>
    <message>
        <source>HCX-NET-EXT: L2 extension over IPsec, UDP 4500</source>
        <translation>HCX-NET-EXT: IPsec (UDP 4500) 経由の L2 延伸</translation>
    </message>
    <message>
        <source>WO (WAN Optimization)</source>
        <translation>WO (WAN Optimization)</translation>
    </message>
    <message>
        <source>WAN Optimization appliance</source>
        <translation>WAN 最適化アプライアンス</translation>
    </message>
    <message>
        <source>SGW (Sentinel Gateway)</source>
        <translation>SGW (Sentinel Gateway)</translation>
    </message>
    <message>
        <source>Sentinel Gateway for OS-assisted migration</source>
        <translation>OS アシスト移行用の Sentinel Gateway</translation>
    </message>
    <message>
        <source>SDR (Sentinel Data Receiver)</source>
        <translation>SDR (Sentinel Data Receiver)</translation>
    </message>
    <message>
        <source>Sentinel Data Receiver at the destination</source>
        <translation>接続先の Sentinel Data Receiver</translation>
    </message>
    <message>
        <source>Drag onto the diagram, or double-click to add to the selected site.</source>
        <translation>図にドラッグするか、ダブルクリックで選択中のサイトに追加します。</translation>
    </message>
</context>
<context>
    <name>ParseTranslationsCommand</name>
    <message>
        <source>Read show ip nat translations or conntrack -L output</source>
        <translation>show ip nat translations または conntrack -L の出力を読み込みます</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON で出力します</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>このヘルプを表示します</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n translation(s)</source>
        <translation>
            <numerusform>%1: NAT変換 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>… %1 more (use --json for all)</source>
        <translation>… ほか %1 件 (すべて表示するには --json を使ってください)</translation>
    </message>
    <message>
        <source>Collision: %1</source>
        <translation>衝突: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Router output (text); - reads standard input</source>
        <translation>ルーターの出力 (テキスト)。- で標準入力から読み込みます</translation>
    </message>
    <message>
        <source>The output's format: auto (detected from its start, the default) or one of: %1</source>
        <translation>出力の形式: auto (先頭から自動判別、既定) または次のいずれか: %1</translation>
    </message>
    <message>
        <source>usage: meshnat-cli parse-translations FILE [--json] [--format KEY]</source>
        <translation>使い方: meshnat-cli parse-translations FILE [--json] [--format KEY]</translation>
    </message>
    <message>
        <source>unknown format "%1"; known formats: %2</source>
        <translation>不明な形式 "%1" です。使用できる形式: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the output</source>
        <translation>%1: 出力を書き込めません</translation>
    </message>
    <message>
        <source>(it looks like %1: meshnat-cli import reads it)</source>
        <translation>(%1 のようです: meshnat-cli import で読み込めます)</translation>
    </message>
    <message>
        <source>(the closest known format; --format KEY reads it as another)</source>
        <translation>(最も近い形式として判定しました。--format KEY で別の形式として読み込めます)</translation>
    </message>
</context>
<context>
    <name>PatCollisionRule</name>
    <message>
        <source>PAT collision on UDP %1: %2 lost port %1 to %3</source>
        <translation>UDP %1 の PAT 衝突: %2 がポート %1 を %3 に奪われました</translation>
    </message>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works for now; it breaks when the translations expire and the appliances swap ports.</source>
        <translation>ピアは見えたポートに追従する（%1）ので、今はトンネルが動いています。変換が期限切れになりアプライアンス同士でポートが入れ替わると切れます。</translation>
    </message>
    <message>
        <source>%1 holds %2 (toward %3).</source>
        <translation>%1 が %2 を使用中（宛先 %3）。</translation>
    </message>
    <message>
        <source>%1 asks for %2 and is given %3.</source>
        <translation>%1 は %2 を求め、%3 を割り当てられました。</translation>
    </message>
    <message>
        <source>PAT collision on UDP 4500</source>
        <translation>UDP 4500 の PAT 衝突</translation>
    </message>
    <message>
        <source>%1 translates %2 with dynamic PAT onto the inside global address %3. When %2 asked for source port %4, %5 already held %3:%4, so %2 was given port %6 instead.</source>
        <translation>%1 は %2 をダイナミック PAT で内部グローバルアドレス %3 に変換しています。%2 が送信元ポート %4 を求めたとき、%5 が既に %3:%4 を使っていたため、%2 には代わりにポート %6 が割り当てられました。</translation>
    </message>
    <message>
        <source>Its cloud peer expects source port %1 (%2), so it sends to %3:%1.</source>
        <translation>クラウド側のピアは送信元ポート %1 を前提としている（%2）ため、%3:%1 へ送信します。</translation>
    </message>
    <message>
        <source>The tunnel stays Down.</source>
        <translation>トンネルは Down のままです。</translation>
    </message>
    <message>
        <source>Whichever appliance claims %1 second loses, which is why redeploying only moved the failure.</source>
        <translation>%1 を後から取りに行ったアプライアンスが負けるため、再デプロイしても障害が移るだけだったのです。</translation>
    </message>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works while this translation lives.</source>
        <translation>ピアは見えたポートに追従する（%1）ので、この変換が有効な間はトンネルが動きます。</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>任意の宛先</translation>
    </message>
</context>
<context>
    <name>PoolExhaustedRule</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no free port for %2</source>
        <translation>%1 には %2 に割り当てられる空きポートがありません</translation>
    </message>
    <message>
        <source>Every port %1 could give was held when %2 sent: %3 translations were live on the device, most of them of %4. The packets were dropped and the tunnels went Down. %5</source>
        <translation>%2 が送信したとき、%1 が割り当てられるポートはすべて使用中でした: 装置には %3 件の変換が有効で、その大半は %4 のものでした。パケットは破棄され、トンネルは Down になりました。%5</translation>
    </message>
    <message>
        <source>NAT ports exhausted</source>
        <translation>NAT ポートの枯渇</translation>
    </message>
</context>
<context>
    <name>PortTranslatedRule</name>
    <message>
        <source>%1 is a Juniper SRX: source NAT with port translation gives every session a port of its own from the pool's range, whether or not the original port is free, so no HCX appliance keeps UDP %2.</source>
        <translation>%1 は Juniper SRX です。ポート変換ありの送信元 NAT は、元のポートが空いていてもセッションごとにプールの範囲から専用のポートを割り当てるため、どの HCX アプライアンスも UDP %2 を保持できません。</translation>
    </message>
    <message>
        <source>%1 is a YAMAHA RTX: IP masquerade gives each inside address and port an outer port from its port range, whether or not the original port is free, so no HCX appliance keeps UDP %2.</source>
        <translation>%1 は YAMAHA RTX です。IPマスカレードは、元のポートが空いていても内側のアドレスとポートごとにポート範囲から外側ポートを割り当てるため、どの HCX アプライアンスも UDP %2 を保持できません。</translation>
    </message>
    <message>
        <source>%1 asks for %2 and is given %3: the port is translated.</source>
        <translation>%1 は %2 を求め、%3 を割り当てられます（ポートが変換されます）。</translation>
    </message>
    <message>
        <source>%1 translates every source port: UDP 4500 lost for %2</source>
        <translation>%1 はすべての送信元ポートを変換します: %2 が UDP 4500 を失いました</translation>
    </message>
    <message>
        <source>Redeploying the appliances does not help: only an explicit mapping per appliance keeps UDP 4500.</source>
        <translation>アプライアンスを再デプロイしても解決しません。アプライアンスごとの明示的な対応付けだけが UDP 4500 を保持できます。</translation>
    </message>
    <message>
        <source>Source port always translated (SRX, RTX)</source>
        <translation>送信元ポートが常に変換される（SRX、RTX）</translation>
    </message>
</context>
<context>
    <name>PortUsageChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No translation is in use at this step.</source>
        <translation>このステップで使用中のNAT変換はありません。</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（所有者なし）</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>その他の所有者</translation>
    </message>
    <message>
        <source>Port on %1</source>
        <translation>%1 のポート</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n port(s))</source>
        <translation>
            <numerusform>%1（%n ポート）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asked for port %2, held by %3; given %4.</source>
        <translation>%1 はポート %2 を要求しましたが %3 が使用中のため、%4 が割り当てられました。</translation>
    </message>
    <message>
        <source>Port collision: %1</source>
        <translation>ポート衝突: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) in use</source>
        <translation>
            <numerusform>使用中のポート %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Walk the customer through the replay full screen (PageDown/PageUp)</source>
        <translation>全画面でリプレイを順に説明します(PageDown/PageUp)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>%1. step %2 — %3</source>
        <translation>%1. ステップ %2 — %3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Before the first event. Press PageDown to start.</source>
        <translation>最初のイベントの前です。PageDown で開始します。</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 s</source>
        <translation>ステップ %1 / %2 · %3 秒</translation>
    </message>
    <message>
        <source>MeshNAT presentation</source>
        <translation>MeshNAT プレゼンテーション</translation>
    </message>
    <message>
        <source>%1 (no longer applies)</source>
        <translation>%1（該当なし）</translation>
    </message>
    <message>
        <source>What this bookmark marked no longer happens in the simulation.</source>
        <translation>このブックマークが示していた出来事は、シミュレーションではもう起きません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>PageDown/PageUp: step · . and ,: chapters · B: bookmark · N/P or 1–9: bookmarks · Esc: leave</source>
        <translation>PageDown/PageUp: ステップ · . と ,: チャプター · B: ブックマーク · N/P または 1–9: ブックマークへ移動 · Esc: 終了</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>チャプター</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>Usage: meshnat-probe COMMAND [OPTIONS]

Commands:
  serve  answer STUN Binding requests (RFC 5389/5780) on two addresses and two ports
  run    measure the NAT between this host and a reflector, and say whether two
         HCX appliances behind it both keep UDP 4500

Run 'meshnat-probe COMMAND --help' for a command's options.
Exit codes: 0 measured, 1 the server did not answer, 2 usage error, 3 cannot bind.
</source>
        <translation>使い方: meshnat-probe COMMAND [OPTIONS]

コマンド:
  serve  2 つのアドレスと 2 つのポートで STUN Binding 要求（RFC 5389/5780）に応答します
  run    このホストとリフレクターの間の NAT を測定し、その背後の 2 台の HCX
         アプライアンスが両方とも UDP 4500 を維持できるかを判定します

各コマンドのオプションは 'meshnat-probe COMMAND --help' で表示します。
終了コード: 0 測定完了、1 サーバーから応答なし、2 使い方の誤り、3 バインド不可。
</translation>
    </message>
    <message>
        <source>Language of the summary: en or ja (default: the locale).</source>
        <translation>要約の言語: en または ja（既定: ロケール）。</translation>
    </message>
    <message>
        <source>Answer STUN Binding requests as an RFC 5780 reflector: four sockets (primary and alternate address, primary and alternate port), XOR-MAPPED-ADDRESS, OTHER-ADDRESS, RESPONSE-ORIGIN, CHANGE-REQUEST and RESPONSE-PORT honoured. One reply per request, only to the request's source address, never larger than 76 bytes, rate limited per source and in total.</source>
        <translation>RFC 5780 のリフレクターとして STUN Binding 要求に応答します。ソケットは 4 つ（プライマリと代替のアドレス × プライマリと代替のポート）で、XOR-MAPPED-ADDRESS、OTHER-ADDRESS、RESPONSE-ORIGIN を返し、CHANGE-REQUEST と RESPONSE-PORT に従います。応答は要求 1 つにつき 1 つ、要求の送信元アドレスにのみ送り、76 バイトを超えず、送信元ごとと全体でレート制限します。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>Primary address and port (default port 3478).</source>
        <translation>プライマリのアドレスとポート（既定ポート 3478）。</translation>
    </message>
    <message>
        <source>Alternate address and port (default port 3479).</source>
        <translation>代替のアドレスとポート（既定ポート 3479）。</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until killed).</source>
        <translation>指定秒数で停止します（既定: 終了されるまで動作）。</translation>
    </message>
    <message>
        <source>Print one line per answered request.</source>
        <translation>応答した要求ごとに 1 行を表示します。</translation>
    </message>
    <message>
        <source>meshnat-probe serve: --primary and --alternate are both needed (RFC 5780 needs two addresses)</source>
        <translation>meshnat-probe serve: --primary と --alternate の両方が必要です（RFC 5780 には 2 つのアドレスが必要）</translation>
    </message>
    <message>
        <source>meshnat-probe serve: the alternate address and port must both differ from the primary</source>
        <translation>meshnat-probe serve: 代替のアドレスとポートは両方ともプライマリと異なる必要があります</translation>
    </message>
    <message>
        <source>meshnat-probe: answering on %1 and %2 (and their port combinations)</source>
        <translation>meshnat-probe: %1 と %2（およびそのポートの組み合わせ）で応答中</translation>
    </message>
    <message>
        <source>meshnat-probe: answered %1, malformed %2, not a request %3, rate limited %4</source>
        <translation>meshnat-probe: 応答 %1、不正な形式 %2、要求以外 %3、レート制限 %4</translation>
    </message>
    <message>
        <source>Measure the NAT between this host and a reflector (meshnat-probe serve, or any RFC 5780 STUN server): mapping and filtering behaviour, hairpinning, binding lifetime, whether source port 4500 is preserved, what a second inside source on 4500 is given, port parity. Every test sends at most 3 requests and waits at most --timeout; only the server's addresses (and this NAT's own public address, for hairpinning) are contacted.</source>
        <translation>このホストとリフレクター（meshnat-probe serve、または RFC 5780 対応の任意の STUN サーバー）の間の NAT を測定します: マッピングとフィルタリングの動作、ヘアピン、バインディングの寿命、送信元ポート 4500 が保持されるか、4500 を使う 2 つ目の内側送信元に何番が割り当てられるか、ポートの偶奇。各試験は要求を最大 3 回送り、最大 --timeout だけ待ちます。通信先はサーバーのアドレス（とヘアピン試験ではこの NAT 自身のグローバルアドレス）だけです。</translation>
    </message>
    <message>
        <source>The reflector (default port 3478).</source>
        <translation>リフレクター（既定ポート 3478）。</translation>
    </message>
    <message>
        <source>The source port under test (default 4500).</source>
        <translation>試験する送信元ポート（既定 4500）。</translation>
    </message>
    <message>
        <source>Send from this address (default: the route's).</source>
        <translation>このアドレスから送信します（既定: 経路の送信元アドレス）。</translation>
    </message>
    <message>
        <source>A second address of this host behind the same NAT rule: the collision test sends from it on the same port, as a second appliance would.</source>
        <translation>同じ NAT ルールの内側にあるこのホストの 2 つ目のアドレス。衝突試験は 2 台目のアプライアンスと同じように、このアドレスから同じポートで送信します。</translation>
    </message>
    <message>
        <source>Measure the binding lifetime with idle times 1, 2, 4, ... up to this many seconds (default 0: not measured; the run takes this long).</source>
        <translation>アイドル時間 1、2、4、… 秒からこの秒数までバインディングの寿命を測定します（既定 0: 測定しない。実行にこの時間がかかります）。</translation>
    </message>
    <message>
        <source>Wait per request, retransmissions included (default 1500).</source>
        <translation>要求ごとの待ち時間（再送を含む、既定 1500）。</translation>
    </message>
    <message>
        <source>Print every observation as JSON instead of the summary.</source>
        <translation>要約の代わりにすべての観測結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Also write the JSON to this file (for File &gt; Import in MeshNAT).</source>
        <translation>JSON をこのファイルにも書き出します（MeshNAT の「ファイル &gt; インポート」用）。</translation>
    </message>
    <message>
        <source>meshnat-probe run: --server is needed</source>
        <translation>meshnat-probe run: --server が必要です</translation>
    </message>
    <message>
        <source>meshnat-probe run: --local-port 1-65535, --lifetime-max 0-3600, --timeout 100-10000</source>
        <translation>meshnat-probe run: --local-port は 1-65535、--lifetime-max は 0-3600、--timeout は 100-10000</translation>
    </message>
    <message>
        <source>meshnat-probe run: --%1 must be an IPv4 address</source>
        <translation>meshnat-probe run: --%1 は IPv4 アドレスである必要があります</translation>
    </message>
    <message>
        <source>meshnat-probe run: cannot write %1: %2</source>
        <translation>meshnat-probe run: %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ProbeClassifier</name>
    <message>
        <source>the server at %1 did not answer, so nothing about the NAT is known</source>
        <translation>サーバー %1 から応答がなく、NAT については何も分かりません</translation>
    </message>
    <message>
        <source>there is no NAT between this host and the server: the server saw %1 unchanged</source>
        <translation>このホストとサーバーの間に NAT はありません（サーバーには %1 がそのまま見えました）</translation>
    </message>
    <message>
        <source>the NAT translated %1 to %2 although no other source was using port %3: it does not preserve the source port, so not even one appliance keeps %3</source>
        <translation>ポート %3 を使う送信元が他にないのに NAT は %1 を %2 に変換しました。送信元ポートを保持しない NAT なので、1 台目のアプライアンスでさえ %3 を維持できません</translation>
    </message>
    <message>
        <source>only one inside source was tested: run again with --second-source to see what a second appliance using port %1 is given</source>
        <translation>内側の送信元を 1 つしか試験していません。ポート %1 を使う 2 台目のアプライアンスが何番を割り当てられるかは --second-source を付けて再実行すると分かります</translation>
    </message>
    <message>
        <source>while the first source held %1, a second inside source on port %2 toward another destination kept it (%3): the NAT keeps ports apart per destination, and the appliances' peers are different addresses</source>
        <translation>1 つ目の送信元が %1 を使用中でも、ポート %2 を使う 2 つ目の内側送信元は別の宛先に対して同じポートを維持しました（%3）。この NAT は宛先ごとにポートを区別し、各アプライアンスのピアは別のアドレスです</translation>
    </message>
    <message>
        <source>while the first source held %1, a second inside source on port %2 was given %3 toward another destination: the NAT reserves a public port whatever the destination (as Cisco PAT does), so the second appliance loses port %2</source>
        <translation>1 つ目の送信元が %1 を使用中のとき、ポート %2 を使う 2 つ目の内側送信元は別の宛先に対しても %3 を割り当てられました。この NAT は宛先に関係なくグローバルポートを占有する（Cisco PAT と同じ）ため、2 台目のアプライアンスはポート %2 を失います</translation>
    </message>
    <message>
        <source>toward the same destination the second source was given %1: two appliances sending to one peer address would not both keep port %2</source>
        <translation>同じ宛先に対しては 2 つ目の送信元に %1 が割り当てられました。同じピアアドレスへ送る 2 台のアプライアンスは両方ともポート %2 を維持することはできません</translation>
    </message>
    <message>
        <source>endpoint-independent</source>
        <translation>エンドポイント非依存</translation>
    </message>
    <message>
        <source>address-dependent</source>
        <translation>アドレス依存</translation>
    </message>
    <message>
        <source>address-and-port-dependent</source>
        <translation>アドレス・ポート依存</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>Two HCX appliances behind this NAT will both keep UDP %1, because %2.</source>
        <translation>この NAT の背後にある 2 台の HCX アプライアンスは、両方とも UDP %1 を維持できます。理由: %2。</translation>
    </message>
    <message>
        <source>Two HCX appliances behind this NAT will not both keep UDP %1, because %2.</source>
        <translation>この NAT の背後にある 2 台の HCX アプライアンスは、両方が UDP %1 を維持することはできません。理由: %2。</translation>
    </message>
    <message>
        <source>Whether two HCX appliances behind this NAT both keep UDP %1 cannot be told, because %2.</source>
        <translation>この NAT の背後にある 2 台の HCX アプライアンスが両方とも UDP %1 を維持できるかは判定できません。理由: %2。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>NAT behaviour probe against %1 (run %2)</source>
        <translation>%1 に対する NAT 動作プローブ（実行 %2）</translation>
    </message>
    <message>
        <source>Behind a NAT</source>
        <translation>NAT の内側</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>フィルタリング</translation>
    </message>
    <message>
        <source>Source port %1 preserved</source>
        <translation>送信元ポート %1 の保持</translation>
    </message>
    <message>
        <source>Mapping changes with destination</source>
        <translation>宛先によるマッピングの変化</translation>
    </message>
    <message>
        <source>Second source, other destination</source>
        <translation>2 つ目の送信元（別の宛先）</translation>
    </message>
    <message>
        <source>Second source, same server</source>
        <translation>2 つ目の送信元（同じサーバー）</translation>
    </message>
    <message>
        <source>Hairpinning</source>
        <translation>ヘアピン</translation>
    </message>
    <message>
        <source>Port parity preserved</source>
        <translation>ポートの偶奇の保持</translation>
    </message>
    <message>
        <source>between %1 s and %2 s</source>
        <translation>%1 秒以上 %2 秒未満</translation>
    </message>
    <message>
        <source>more than %1 s (the longest idle time probed)</source>
        <translation>%1 秒以上（試験した最長のアイドル時間）</translation>
    </message>
    <message>
        <source>Binding lifetime</source>
        <translation>バインディングの寿命</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>補足: %1。</translation>
    </message>
</context>
<context>
    <name>ProbeClient</name>
    <message>
        <source>cannot bind %1: %2</source>
        <translation>%1 にバインドできません: %2</translation>
    </message>
    <message>
        <source>no IPv4 route to %1</source>
        <translation>%1 への IPv4 経路がありません</translation>
    </message>
</context>
<context>
    <name>ProbeImportController</name>
    <message>
        <source>Import NAT &amp;Probe Result…</source>
        <translation>NAT プローブ結果のインポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Attach a meshnat-probe measurement to a NAT device and compare it with its profile</source>
        <translation>meshnat-probe の測定結果を NAT デバイスに添付し、そのプロファイルと比較します</translation>
    </message>
    <message>
        <source>Import NAT Probe Result</source>
        <translation>NAT プローブ結果のインポート</translation>
    </message>
    <message>
        <source>The project has no NAT device to attach the result to.</source>
        <translation>結果を添付する NAT デバイスがプロジェクトにありません。</translation>
    </message>
    <message>
        <source>meshnat-probe results (*.json);;All files (*)</source>
        <translation>meshnat-probe の結果 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too large for a probe result</source>
        <translation>プローブ結果としては大きすぎます</translation>
    </message>
    <message>
        <source>%1 is not a meshnat-probe result: %2</source>
        <translation>%1 は meshnat-probe の結果ではありません: %2</translation>
    </message>
    <message>
        <source>NAT device the probe ran behind:</source>
        <translation>プローブを実行した NAT デバイス:</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>%1: probe %2 attached to %3</source>
        <translation>%1: プローブ %2 を %3 に添付しました</translation>
    </message>
</context>
<context>
    <name>ProbeImportDialog</name>
    <message>
        <source>Import NAT Probe Result</source>
        <translation>NAT プローブ結果のインポート</translation>
    </message>
    <message>
        <source>Attach to %1 as its observed NAT behaviour:</source>
        <translation>%1 に観測された NAT の動作として添付します:</translation>
    </message>
    <message>
        <source>The probe did not measure enough to propose a profile (run it with --second-source).</source>
        <translation>プロファイルを提案できるだけの測定がありません（--second-source を付けて実行してください）。</translation>
    </message>
    <message>
        <source>The device's profile (%1) already matches the measurement.</source>
        <translation>このデバイスのプロファイル（%1）はすでに測定結果と一致しています。</translation>
    </message>
    <message>
        <source>Configured now: %1. Measured: %2.
Proposed: profile %3%4, because %5.</source>
        <translation>現在の設定: %1。測定結果: %2。
提案: プロファイル %3%4。理由: %5。</translation>
    </message>
    <message>
        <source>no conflict</source>
        <translation>矛盾なし</translation>
    </message>
    <message>
        <source>Apply the proposed profile, options and timeouts</source>
        <translation>提案されたプロファイル、オプション、タイムアウトを適用する</translation>
    </message>
    <message>
        <source>Import NAT Probe Result and Apply Profile</source>
        <translation>NAT プローブ結果のインポートとプロファイルの適用</translation>
    </message>
</context>
<context>
    <name>ProbeMismatchRule</name>
    <message>
        <source>%1: the attached NAT probe result cannot be read</source>
        <translation>%1: 添付された NAT プローブ結果を読み取れません</translation>
    </message>
    <message>
        <source>%1 is configured unlike the NAT the probe measured</source>
        <translation>%1 の設定はプローブで測定した NAT と異なります</translation>
    </message>
    <message>
        <source>The simulation models %1 with profile %2, but %3. Its results about this device may not match the real NAT.</source>
        <translation>シミュレーションは %1 をプロファイル %2 で模擬していますが、%3。このデバイスに関する結果は実際の NAT と一致しない可能性があります。</translation>
    </message>
    <message>
        <source>Set %1 to profile %2%3 as measured</source>
        <translation>測定どおり %1 をプロファイル %2%3 に設定</translation>
    </message>
    <message>
        <source>Profile disagrees with the NAT probe</source>
        <translation>プロファイルと NAT プローブの不一致</translation>
    </message>
</context>
<context>
    <name>ProbeProposal</name>
    <message>
        <source>the NAT gave the first source port %1 with no other source competing: every flow gets a random port (linux-netfilter with random-fully)</source>
        <translation>競合する送信元がないのに 1 つ目の送信元にポート %1 が割り当てられました。すべてのフローがランダムなポートを得ます（linux-netfilter、random-fully）</translation>
    </message>
    <message>
        <source>a second source kept the port toward another destination: ports are kept apart per destination (linux-netfilter)</source>
        <translation>2 つ目の送信元が別の宛先に対して同じポートを維持しました。ポートは宛先ごとに区別されます（linux-netfilter）</translation>
    </message>
    <message>
        <source>a second source was given %1 while the first held the port: the public port is reserved whatever the destination (cisco-ios PAT)</source>
        <translation>1 つ目がポートを使用中のとき 2 つ目の送信元に %1 が割り当てられました。グローバルポートは宛先に関係なく占有されます（cisco-ios の PAT）</translation>
    </message>
    <message>
        <source>idle bindings lived %1 s and were gone after %2 s: timeout %1 s</source>
        <translation>アイドル状態のバインディングは %1 秒後には残り、%2 秒後には消えていました。タイムアウトを %1 秒にします</translation>
    </message>
    <message>
        <source>the probe saw source port %1 translated to %2 with no competing source, but profile %3 keeps a free port</source>
        <translation>プローブでは競合する送信元がないのに送信元ポート %1 が %2 に変換されましたが、プロファイル %3 は空いているポートを保持します</translation>
    </message>
    <message>
        <source>the probe saw source port %1 kept, but %2 with %3 draws a random port</source>
        <translation>プローブでは送信元ポート %1 が保持されましたが、%2（%3）はランダムなポートを割り当てます</translation>
    </message>
    <message>
        <source>the probe saw a second source keep port %1 toward another destination, but profile %2 reserves the port whatever the destination</source>
        <translation>プローブでは 2 つ目の送信元が別の宛先に対してポート %1 を維持しましたが、プロファイル %2 は宛先に関係なくポートを占有します</translation>
    </message>
    <message>
        <source>the probe saw a second source given %1 toward another destination, but profile %2 keeps ports apart per destination</source>
        <translation>プローブでは 2 つ目の送信元が別の宛先に対して %1 を割り当てられましたが、プロファイル %2 は宛先ごとにポートを区別します</translation>
    </message>
    <message>
        <source>the probe saw idle bindings live %1 s and be gone after %2 s, but the device's UDP timeout is %3 s</source>
        <translation>プローブではアイドル状態のバインディングが %1 秒後には残り %2 秒後には消えていましたが、このデバイスの UDP タイムアウトは %3 秒です</translation>
    </message>
    <message>
        <source>probe %1: the server did not answer</source>
        <translation>プローブ %1: サーバーから応答がありません</translation>
    </message>
    <message>
        <source>%1 mapping, %2 filtering; port %3 %4; %5</source>
        <translation>マッピング: %1、フィルタリング: %2。ポート %3 は%4。%5</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>非保持</translation>
    </message>
    <message>
        <source>two appliances both keep it</source>
        <translation>2 台とも維持できる</translation>
    </message>
    <message>
        <source>two appliances do not both keep it</source>
        <translation>2 台とも維持することはできない</translation>
    </message>
    <message>
        <source>second appliance not measured</source>
        <translation>2 台目は未測定</translation>
    </message>
    <message>
        <source>%1: %2 → %3, seen as %4 (%5 request(s), answered from %6 in %7 ms)</source>
        <translation>%1: %2 → %3、%4 として観測（要求 %5 回、%6 から %7 ms で応答）</translation>
    </message>
    <message>
        <source>%1: %2 → %3, no answer (%4 request(s))</source>
        <translation>%1: %2 → %3、応答なし（要求 %4 回）</translation>
    </message>
    <message>
        <source>the probe saw source port %1 kept, but profile fortigate (options: %2) translates it: FortiOS keeps a free port only within 5117-65533, and always with fixedport</source>
        <translation>プローブでは送信元ポート %1 が維持されましたが、プロファイル fortigate (オプション: %2) ではこれが変換されます。FortiOS が空きポートを維持するのは 5117-65533 の範囲内だけで、fixedport の場合は常に維持します</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ProbeReportSection</name>
    <message>
        <source>Measured NAT behaviour</source>
        <translation>測定した NAT の動作</translation>
    </message>
    <message>
        <source>Measured with meshnat-probe behind the customer's NAT (RFC 5780 tests against a reflector), not simulated.</source>
        <translation>お客様の NAT の内側で meshnat-probe により測定した結果です（リフレクターに対する RFC 5780 の試験）。シミュレーションではありません。</translation>
    </message>
    <message>
        <source>The attached result cannot be read: %1</source>
        <translation>添付された結果を読み取れません: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>%1, %2, server %3</source>
        <translation>%1、%2、サーバー %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>フィルタリング</translation>
    </message>
    <message>
        <source>Source port %1</source>
        <translation>送信元ポート %1</translation>
    </message>
    <message>
        <source>Second source, other destination</source>
        <translation>2 つ目の送信元（別の宛先）</translation>
    </message>
    <message>
        <source>Second source, same server</source>
        <translation>2 つ目の送信元（同じサーバー）</translation>
    </message>
    <message>
        <source>Binding lifetime</source>
        <translation>バインディングの寿命</translation>
    </message>
    <message>
        <source>between %1 s and %2 s</source>
        <translation>%1 秒以上 %2 秒未満</translation>
    </message>
    <message>
        <source>Configured profile</source>
        <translation>設定されたプロファイル</translation>
    </message>
    <message>
        <source>%1: agrees with the measurement</source>
        <translation>%1: 測定結果と一致</translation>
    </message>
    <message>
        <source>%1: disagrees: %2</source>
        <translation>%1: 不一致: %2</translation>
    </message>
    <message>
        <source>Evidence: every request of the run</source>
        <translation>根拠: 実行したすべての要求</translation>
    </message>
</context>
<context>
    <name>ProbeServer</name>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>ProfileFacts</name>
    <message>
        <source>Keeps the real source port when no other translation holds it on the mapped address.</source>
        <translation>マップ先アドレスでほかの変換がそのポートを使っていなければ、実送信元ポートを維持します。</translation>
    </message>
    <message>
        <source>Otherwise a port of the real port's range: 1–511, 512–1023 or 1024–65535.</source>
        <translation>そうでなければ、実ポートの範囲（1–511、512–1023、1024–65535）のポートを使います。</translation>
    </message>
    <message>
        <source>Otherwise a port of the flat range 1024–65535 (flat).</source>
        <translation>そうでなければ、フラットな範囲 1024–65535 のポートを使います（flat）。</translation>
    </message>
    <message>
        <source>Otherwise a port of 1–65535, reserved ports included (flat include-reserve).</source>
        <translation>そうでなければ、予約済みポートを含む 1–65535 のポートを使います（flat include-reserve）。</translation>
    </message>
    <message>
        <source>The port is drawn at random within that range.</source>
        <translation>ポートはその範囲からランダムに選ばれます。</translation>
    </message>
    <message>
        <source>A mapped port is unique per destination: hosts toward different peers may share it (extended).</source>
        <translation>マップ先ポートは宛先ごとに一意です。異なるピアへ向かうホストは同じポートを共有できます（extended）。</translation>
    </message>
    <message>
        <source>The destination is not considered: a mapped port held toward one peer is taken for every peer.</source>
        <translation>宛先は考慮しません。あるピアへ使用中のマップ先ポートは、すべてのピアに対して使用中です。</translation>
    </message>
    <message>
        <source>New translations take the pool addresses in turn (round-robin); a host keeps its address for its next flows.</source>
        <translation>新しい変換はプールのアドレスを順番に使います（round-robin）。ホストは以降のフローでも同じアドレスを使います。</translation>
    </message>
    <message>
        <source>Pool addresses are used in order: the next one when a range is full on the first.</source>
        <translation>プールのアドレスは順に使います。最初のアドレスで範囲が埋まると次のアドレスを使います。</translation>
    </message>
    <message>
        <source>A UDP PAT translation outlives its connection by pat-xlate (30 s); the connection ends timeout udp after its last packet (2 min when the configuration does not say: assumed). The UDP timeout holds the sum.</source>
        <translation>UDP の PAT 変換はコネクション終了後も pat-xlate（30 秒）残ります。コネクションは最後のパケットから timeout udp 後に終了します（設定にない場合は 2 分と仮定）。UDP タイムアウトにはその合計を入れます。</translation>
    </message>
    <message>
        <source>Inbound packets reach an inside host only from the remote of a live translation, or through a static rule.</source>
        <translation>受信パケットが内側ホストに届くのは、有効な変換の相手からのもの、またはスタティックルール経由のものだけです。</translation>
    </message>
    <message>
        <source>documented</source>
        <translation>文書化</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>実測</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>仮定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2: %3）</translation>
    </message>
    <message>
        <source>Ports are unique per NAT address, destination address, destination port and protocol: hosts toward different peers may share a port.</source>
        <translation>ポートは NAT アドレス・宛先アドレス・宛先ポート・プロトコルの組ごとに一意です。異なるピア宛てのホストは同じポートを共有できます。</translation>
    </message>
    <message>
        <source>The source port is never translated (fixedport); a second session on the same address, destination and port is refused.</source>
        <translation>送信元ポートは変換されません (fixedport)。同じアドレス・宛先・ポートの 2 つ目のセッションは拒否されます。</translation>
    </message>
    <message>
        <source>Every source port is translated to the next free port of the range (port-preserve disable).</source>
        <translation>すべての送信元ポートが範囲内の次の空きポートに変換されます (port-preserve disable)。</translation>
    </message>
    <message>
        <source>An original port is kept only when free and within 5117–65533, so UDP 4500 is always translated without fixedport.</source>
        <translation>元のポートが維持されるのは空いていて 5117～65533 の範囲内にある場合だけです。そのため fixedport がなければ UDP 4500 は必ず変換されます。</translation>
    </message>
    <message>
        <source>A translated port is the first free one from the start of its range (512–1023 or 5117–65532); Fortinet documents the sequential search, not where it starts.</source>
        <translation>変換後のポートは範囲 (512～1023 または 5117～65532) の先頭から最初の空きポートです。Fortinet が文書化しているのは順次探索であり、開始位置ではありません。</translation>
    </message>
    <message>
        <source>A one-to-one pool gives each inside host an address of its own, first come first served; that it keeps the port is assumed.</source>
        <translation>one-to-one プールは内側ホストごとに専用のアドレスを先着順で割り当てます。ポートを維持することは仮定です。</translation>
    </message>
    <message>
        <source>The port block or range of each source is not modelled: the next free port of 5117–65532 is given.</source>
        <translation>送信元ごとのポートブロックやポート範囲はモデル化していません。5117～65532 の次の空きポートを割り当てます。</translation>
    </message>
    <message>
        <source>Inbound packets reach an inside host only from its session's own remote address and port (full cone is off by default).</source>
        <translation>内側ホストに届くのは、そのセッション自身のリモートアドレスとポートからの着信パケットだけです (フルコーンは既定で無効)。</translation>
    </message>
    <message>
        <source>A new session does not reuse an earlier session's mapping.</source>
        <translation>新しいセッションは以前のセッションのマッピングを再利用しません。</translation>
    </message>
    <message>
        <source>The UDP idle timer is 180 s when the configuration does not set udp-idle-timer (Fortinet's texts disagree: 60 or 180 s).</source>
        <translation>設定に udp-idle-timer がない場合、UDP アイドルタイマーは 180 秒です (Fortinet の文書は 60 秒と 180 秒で食い違っています)。</translation>
    </message>
    <message>
        <source>Source NAT with port translation gives every session a port of its own from %1; the inside source port is not kept, even when free.</source>
        <translation>ポート変換ありの送信元 NAT は、すべてのセッションに %1 から専用のポートを割り当てます。内側の送信元ポートは空いていても維持されません。</translation>
    </message>
    <message>
        <source>A pool with "port no-translation" keeps the source port and gives each host one pool address; the packet is dropped when no address is left.</source>
        <translation>"port no-translation" のプールは送信元ポートを維持し、ホストごとにプールのアドレスを 1 つ割り当てます。空きアドレスがなければパケットは破棄されます。</translation>
    </message>
    <message>
        <source>The port of a PAT session is drawn at random within the range (Junos has a port-randomization setting; its default was not found in Juniper's documentation).</source>
        <translation>PAT セッションのポートは範囲内からランダムに選ばれます (Junos には port-randomization 設定がありますが、その既定値は Juniper の文書に見つかりませんでした)。</translation>
    </message>
    <message>
        <source>A port held on an address is not given to another session, whatever its destination.</source>
        <translation>あるアドレスで使用中のポートは、宛先にかかわらず他のセッションには割り当てられません。</translation>
    </message>
    <message>
        <source>Inbound packets reach the host only from the remote address and port of its session.</source>
        <translation>ホストに届くのは、そのセッションのリモートアドレスとポートからの着信パケットだけです。</translation>
    </message>
    <message>
        <source>The UDP timeout is the device's UDP timeout field; Junos's default UDP inactivity timeout was not found.</source>
        <translation>UDP タイムアウトはデバイスの UDP タイムアウト欄の値です。Junos の UDP 無通信タイムアウトの既定値は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Simplified: without port translation a second host is refused a pool address only when it asks for the same port; Junos gives each host an address of its own.</source>
        <translation>簡略化: ポート変換なしの場合、2 台目のホストがプールのアドレスを拒否されるのは同じポートを要求したときだけです。Junos はホストごとに専用のアドレスを割り当てます。</translation>
    </message>
    <message>
        <source>IP masquerade uses the first outer address of the NAT descriptor.</source>
        <translation>IPマスカレードは NATディスクリプターの先頭の外側アドレスを使用します。</translation>
    </message>
    <message>
        <source>Static IP masquerade (nat descriptor masquerade static) and static NAT entries are explicit mappings that always exist.</source>
        <translation>静的IPマスカレード (nat descriptor masquerade static) と静的NAT のエントリは、常に存在する明示的なマッピングです。</translation>
    </message>
    <message>
        <source>Bindings expire after the nat descriptor timer's idle time; protocol=udp sets UDP's own timer.</source>
        <translation>バインドは nat descriptor timer の無通信時間が経過すると消去されます。protocol=udp で UDP 専用のタイマーを設定できます。</translation>
    </message>
    <message>
        <source>Each inside address and port is given the lowest free outer port of %1 (nat descriptor masquerade port range), kept for every destination; the source port is not kept.</source>
        <translation>内側のアドレスとポートごとに %1 (nat descriptor masquerade port range) の最小の空き外側ポートが割り当てられ、すべての宛先で共有されます。送信元ポートは維持されません。</translation>
    </message>
    <message>
        <source>The default IP masquerade port range is 60000–64095 and the lowest free port of the range is given, kept for every destination; the source port is not kept.</source>
        <translation>IPマスカレードの既定のポート範囲は 60000～64095 で、範囲内の最小の空きポートが割り当てられ、すべての宛先で共有されます。送信元ポートは維持されません。</translation>
    </message>
    <message>
        <source>Inbound packets reach the host only from the remote address and port its binding was made for.</source>
        <translation>ホストに届くのは、バインドが作られた相手のリモートアドレスとポートからの着信パケットだけです。</translation>
    </message>
    <message>
        <source>Without nat descriptor timer, bindings live 900 s.</source>
        <translation>nat descriptor timer がない場合、バインドの保持期間は 900 秒です。</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>On-premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <source>Linux router</source>
        <translation>Linux ルーター</translation>
    </message>
    <message>
        <source>Imported router</source>
        <translation>インポートしたルーター</translation>
    </message>
    <message>
        <source>interface %1 has ip nat %2 but no static address; not imported</source>
        <translation>インターフェイス %1 には ip nat %2 がありますが固定アドレスがないため、インポートしません</translation>
    </message>
    <message>
        <source>secondary addresses of %1 are not modelled</source>
        <translation>%1 のセカンダリアドレスは再現しません</translation>
    </message>
    <message>
        <source>pool %1 has no address range; not imported</source>
        <translation>プール %1 にはアドレス範囲がないため、インポートしません</translation>
    </message>
    <message>
        <source>pool %1: only the first of %2 ranges is modelled</source>
        <translation>プール %1: %2 個の範囲のうち最初の 1 つだけを再現します</translation>
    </message>
    <message>
        <source>access list %1: deny entries are not modelled</source>
        <translation>アクセスリスト %1: deny エントリは再現しません</translation>
    </message>
    <message>
        <source>access list %1: only the source of extended entries is modelled</source>
        <translation>アクセスリスト %1: extended エントリは送信元だけを再現します</translation>
    </message>
    <message numerus="yes">
        <source>%n access list(s) not used by NAT were not imported</source>
        <translation>
            <numerusform>NAT で使われていないアクセスリスト %n 個はインポートしませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>VRF %1 on a NAT rule is not modelled</source>
        <translation>NAT ルールの VRF %1 は再現しません</translation>
    </message>
    <message>
        <source>interface %1 has no address; rule not imported</source>
        <translation>インターフェイス %1 にアドレスがないため、ルールをインポートしません</translation>
    </message>
    <message>
        <source>route-map %1 matches no access list; rule not imported</source>
        <translation>route-map %1 がアクセスリストに一致しないため、ルールをインポートしません</translation>
    </message>
    <message>
        <source>static network /%1 is larger than %2 addresses; not imported</source>
        <translation>static network /%1 は %2 アドレスを超えるため、インポートしません</translation>
    </message>
    <message numerus="yes">
        <source>static network imported as %n one-to-one rule(s)</source>
        <translation>
            <numerusform>static network を 1 対 1 のルール %n 個としてインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>the address of %1 is not in iptables-save output; add it to the interface by hand</source>
        <translation>%1 のアドレスは iptables-save の出力にありません。インターフェイスに手で追加してください</translation>
    </message>
    <message>
        <source>inside interface for %1 assumed at %2</source>
        <translation>%1 の内部インターフェイスを %2 と仮定しました</translation>
    </message>
    <message>
        <source>DNAT without a fixed destination address is not modelled</source>
        <translation>宛先アドレスが固定されていない DNAT は再現しません</translation>
    </message>
    <message>
        <source>target %1 is not modelled</source>
        <translation>ターゲット %1 は再現しません</translation>
    </message>
    <message>
        <source>Cloud SDDC</source>
        <translation>クラウド SDDC</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <source>NAT-T %1</source>
        <translation>NAT-T %1</translation>
    </message>
    <message>
        <source>appliance %1 seen sending UDP 4500 (row line %2); its type (IX, NE …) is not in the table: set it in Properties</source>
        <translation>アプライアンス %1 が UDP 4500 を送信しています (%2 行目)。種類 (IX、NE など) はテーブルからは分からないため、プロパティで設定してください</translation>
    </message>
    <message>
        <source>Peer %1</source>
        <translation>ピア %1</translation>
    </message>
    <message>
        <source>Imported Service Mesh</source>
        <translation>インポートしたサービスメッシュ</translation>
    </message>
    <message>
        <source>interface %1 has no static address; not imported</source>
        <translation>インターフェイス %1 には静的アドレスがないため、取り込んでいません</translation>
    </message>
    <message>
        <source>interface %1 is not in the configuration; rule not imported</source>
        <translation>インターフェイス %1 が設定にないため、ルールを取り込んでいません</translation>
    </message>
    <message>
        <source>interface %1 has no static address, so it was not imported; rule not imported (add the interface with the address the router has, then the rule)</source>
        <translation>インターフェイス %1 には静的アドレスがないため取り込んでおらず、ルールも取り込んでいません (ルーターのアドレスでインターフェイスを追加してから、ルールを追加してください)</translation>
    </message>
    <message>
        <source>route-map %1 matches %2 access lists; only %3 is modelled</source>
        <translation>route-map %1 は %2 個のアクセスリストを参照しています。モデル化するのは %3 だけです</translation>
    </message>
    <message>
        <source>access list %1 is not in the configuration; rule not imported</source>
        <translation>アクセスリスト %1 が設定にないため、ルールを取り込んでいません</translation>
    </message>
    <message>
        <source>pool %1 is not in the configuration or has no range; rule not imported</source>
        <translation>プール %1 が設定にないか範囲がないため、ルールを取り込んでいません</translation>
    </message>
    <message>
        <source>ip nat outside source imported as a NAT rule with direction outside; %1</source>
        <translation>ip nat outside source を方向 outside の NAT ルールとして取り込みました。%1</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <source>an object id</source>
        <translation>オブジェクト ID</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a list of object ids</source>
        <translation>オブジェクト ID のリスト</translation>
    </message>
    <message>
        <source>expected a list of object ids</source>
        <translation>オブジェクト ID のリストが必要です</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>テキストのリストが必要です</translation>
    </message>
    <message>
        <source>expected a position {"x": number, "y": number}</source>
        <translation>位置 {"x": 数値, "y": 数値} が必要です</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 is too large to be a MeshNAT project (%2 bytes; the limit is %3 MiB)</source>
        <translation>%1 は MeshNAT プロジェクトとしては大きすぎます（%2 バイト。上限は %3 MiB）</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a directory</source>
        <translation>%1 を開けません: ディレクトリです</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a MeshNAT project (more than %2 MiB)</source>
        <translation>%1 は MeshNAT プロジェクトとしては大きすぎます（%2 MiB 超）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>too large to be a MeshNAT project (%1 bytes; the limit is %2 MiB)</source>
        <translation>MeshNAT プロジェクトとしては大きすぎます（%1 バイト。上限は %2 MiB）</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON が不正です: %1</translation>
    </message>
    <message>
        <source>not a MeshNAT project (the top level is not a JSON object)</source>
        <translation>MeshNAT プロジェクトではありません（最上位が JSON オブジェクトではありません）</translation>
    </message>
    <message>
        <source>not a MeshNAT project (expected "format": "meshnat-project")</source>
        <translation>MeshNAT プロジェクトではありません（"format": "meshnat-project" が必要です）</translation>
    </message>
    <message>
        <source>missing or invalid format version</source>
        <translation>形式バージョンがないか不正です</translation>
    </message>
    <message>
        <source>written by a newer MeshNAT (file format version %1; this version reads up to version %2). Please update MeshNAT to open it.</source>
        <translation>新しい MeshNAT で作成されています（ファイル形式バージョン %1。このバージョンで読めるのはバージョン %2 までです）。開くには MeshNAT を更新してください。</translation>
    </message>
    <message>
        <source>unknown entry</source>
        <translation>不明な項目です</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown project field</source>
        <translation>不明なプロジェクト項目です</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>オブジェクトのリストが必要です</translation>
    </message>
    <message>
        <source>missing or invalid object id (expected a whole number above 0)</source>
        <translation>オブジェクト ID がないか不正です（1 以上の整数が必要です）</translation>
    </message>
    <message>
        <source>object id %1 is used twice</source>
        <translation>オブジェクト ID %1 が二重に使われています</translation>
    </message>
    <message>
        <source>missing object kind (one of: %1)</source>
        <translation>オブジェクトの種類がありません（次のいずれか: %1）</translation>
    </message>
    <message>
        <source>unknown object kind "%1"</source>
        <translation>不明なオブジェクトの種類「%1」</translation>
    </message>
    <message>
        <source>expected an object id</source>
        <translation>オブジェクト ID が必要です</translation>
    </message>
    <message>
        <source>a %1 has no parent (expected 0)</source>
        <translation>%1には親がありません（0 が必要です）</translation>
    </message>
    <message>
        <source>parent #%1 does not exist (parents must come before their children)</source>
        <translation>親 #%1 が存在しません（親は子より前に記述する必要があります）</translation>
    </message>
    <message>
        <source>a %1 cannot be placed in a %2</source>
        <translation>%1は%2の中には配置できません</translation>
    </message>
    <message>
        <source>unknown field of a %1</source>
        <translation>%1の不明な項目です</translation>
    </message>
    <message>
        <source>missing required field (%1)</source>
        <translation>必須項目がありません（%1）</translation>
    </message>
    <message>
        <source>a list of records</source>
        <translation>レコードのリスト</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: オブジェクトが必要ですが、%2 がありました</translation>
    </message>
    <message>
        <source>%1: expected text, a number or true/false, found %2</source>
        <translation>%1: テキスト、数値または true/false が必要ですが、%2 がありました</translation>
    </message>
    <message>
        <source>a translation table (text, or {"rows": number, "encoding": "%1", "data": text})</source>
        <translation>NAT 変換テーブル (テキスト、または {"rows": 数値, "encoding": "%1", "data": テキスト})</translation>
    </message>
    <message>
        <source>the compact translation table is damaged: its data is not base64</source>
        <translation>圧縮された NAT 変換テーブルが壊れています: data が base64 ではありません</translation>
    </message>
    <message>
        <source>the compact translation table is damaged: %1</source>
        <translation>圧縮された NAT 変換テーブルが壊れています: %1</translation>
    </message>
    <message>
        <source>the compact translation table is damaged: it holds %1 rows, not %2</source>
        <translation>圧縮された NAT 変換テーブルが壊れています: 行数が %2 ではなく %1 です</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>%1: object #%2 does not exist</source>
        <translation>%1: オブジェクト #%2 は存在しません</translation>
    </message>
    <message>
        <source>%1: object #%2 is not of the expected kind</source>
        <translation>%1: オブジェクト #%2 は想定された種類ではありません</translation>
    </message>
    <message>
        <source>%1: an object cannot refer to itself (#%2)</source>
        <translation>%1: オブジェクトは自分自身を参照できません（#%2）</translation>
    </message>
    <message>
        <source>object #%1 does not exist</source>
        <translation>オブジェクト #%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 has no field "%2"</source>
        <translation>%1には項目「%2」がありません</translation>
    </message>
    <message>
        <source>cannot create an object of no kind</source>
        <translation>種類のないオブジェクトは作成できません</translation>
    </message>
    <message>
        <source>a %1 cannot be placed there</source>
        <translation>%1はそこには配置できません</translation>
    </message>
    <message>
        <source>object id #%1 is already used</source>
        <translation>オブジェクト ID #%1 はすでに使われています</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>NAT device</source>
        <translation>NATデバイス</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>NAT pool</source>
        <translation>NATプール</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>アクセスリスト</translation>
    </message>
    <message>
        <source>NAT rule</source>
        <translation>NATルール</translation>
    </message>
    <message>
        <source>HCX appliance</source>
        <translation>HCXアプライアンス</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Service mesh</source>
        <translation>サービスメッシュ</translation>
    </message>
    <message>
        <source>Background traffic</source>
        <translation>バックグラウンドトラフィック</translation>
    </message>
    <message>
        <source>Scenario event</source>
        <translation>シナリオイベント</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>テキストが必要です</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1を空にはできません</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address (expected a.b.c.d)</source>
        <translation>「%1」は IPv4 アドレスではありません（a.b.c.d の形式で指定してください）</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1は %2～%3 の範囲で指定してください</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds of zero or more</source>
        <translation>%1は 0 以上の秒数で指定してください</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>expected an object id</source>
        <translation>オブジェクト ID が必要です</translation>
    </message>
    <message>
        <source>%1 must name an object</source>
        <translation>%1にはオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>expected a list of object ids</source>
        <translation>オブジェクト ID のリストが必要です</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>テキストのリストが必要です</translation>
    </message>
    <message>
        <source>expected a position</source>
        <translation>位置が必要です</translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation>不明な項目の型です</translation>
    </message>
    <message>
        <source>expected a list of bookmarks</source>
        <translation>ブックマークのリストが必要です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected a translation table</source>
        <translation>NAT 変換テーブルが必要です</translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <source>address %1 is also used by %2 in site %3</source>
        <translation>アドレス %1 はサイト %3 の %2 でも使われています</translation>
    </message>
    <message>
        <source>an HCX Manager is paired with the other site by Site Pairing, not by a peer appliance; the peer %1 is ignored</source>
        <translation>HCX Manager はピアアプライアンスではなくサイトペアリングで相手サイトと接続されます。ピア %1 は無視されます</translation>
    </message>
    <message>
        <source>a %1 appliance needs a peer appliance at the other site of its Service Mesh</source>
        <translation>%1 アプライアンスには、サービスメッシュの相手サイトにピアアプライアンスが必要です</translation>
    </message>
    <message>
        <source>the peer #%1 does not exist</source>
        <translation>ピア #%1 は存在しません</translation>
    </message>
    <message>
        <source>the peer %1 has no peer; it must point back to %2</source>
        <translation>ピア %1 にピアが設定されていません。%2 を指し返す必要があります</translation>
    </message>
    <message>
        <source>the peer %1 points to %2 instead of back to %3</source>
        <translation>ピア %1 は %3 ではなく %2 を指しています</translation>
    </message>
    <message>
        <source>the device has NAT rules but no NAT inside interface, so nothing is translated</source>
        <translation>NAT ルールはありますが NAT inside インターフェイスがないため、何も変換されません</translation>
    </message>
    <message>
        <source>the device has NAT rules but no NAT outside interface, so nothing is translated</source>
        <translation>NAT ルールはありますが NAT outside インターフェイスがないため、何も変換されません</translation>
    </message>
    <message>
        <source>access list "%1" does not exist on %2</source>
        <translation>アクセスリスト「%1」は %2 にありません</translation>
    </message>
    <message>
        <source>interface "%1" does not exist on %2</source>
        <translation>インターフェイス「%1」は %2 にありません</translation>
    </message>
    <message>
        <source>pool "%1" does not exist on %2</source>
        <translation>プール「%1」は %2 にありません</translation>
    </message>
    <message>
        <source>a static rule needs an inside local address</source>
        <translation>スタティックルールには内部ローカルアドレスが必要です</translation>
    </message>
    <message>
        <source>a static rule needs an inside global address</source>
        <translation>スタティックルールには内部グローバルアドレスが必要です</translation>
    </message>
    <message>
        <source>a static PAT rule needs ports from 1 to 65535</source>
        <translation>スタティック PAT ルールには 1～65535 のポートが必要です</translation>
    </message>
    <message>
        <source>a dynamic rule needs an access list naming the inside sources it translates</source>
        <translation>ダイナミックルールには、変換対象の内部送信元を示すアクセスリストが必要です</translation>
    </message>
    <message>
        <source>a dynamic rule needs an overload interface or a pool</source>
        <translation>ダイナミックルールにはオーバーロードするインターフェイスかプールが必要です</translation>
    </message>
    <message>
        <source>a dynamic rule takes either an overload interface or a pool, not both</source>
        <translation>ダイナミックルールに指定できるのはオーバーロードインターフェイスかプールのどちらか一方です</translation>
    </message>
    <message>
        <source>interface "%1" is used for overload but is not a NAT outside interface</source>
        <translation>インターフェイス「%1」はオーバーロードに使われていますが、NAT outside インターフェイスではありません</translation>
    </message>
    <message>
        <source>the last address %1 comes before the first address %2</source>
        <translation>最終アドレス %1 が先頭アドレス %2 より前になっています</translation>
    </message>
    <message>
        <source>the pool %1–%2 is not in the subnet of any NAT outside interface; this works only if the upstream network routes these addresses to %3</source>
        <translation>プール %1–%2 はどの NAT outside インターフェイスのサブネットにも含まれていません。上流ネットワークがこれらのアドレスを %3 へルーティングする場合にのみ動作します</translation>
    </message>
    <message>
        <source>"%1" is not a source the simulator understands (expected a.b.c.d/len, a.b.c.d, host a.b.c.d or any)</source>
        <translation>「%1」はシミュレーターが解釈できる送信元ではありません（a.b.c.d/len、a.b.c.d、host a.b.c.d、any のいずれか）</translation>
    </message>
    <message>
        <source>port 0 cannot be a source port</source>
        <translation>ポート 0 は送信元ポートにできません</translation>
    </message>
    <message>
        <source>%1 flows from port %2 would need ports up to %3; the last port is 65535</source>
        <translation>ポート %2 から %1 本のフローを作るとポート %3 まで必要になりますが、最大は 65535 です</translation>
    </message>
    <message>
        <source>uplink %1 is not behind any NAT inside interface of site %2, so the simulator cannot route its traffic through a NAT device</source>
        <translation>アップリンク %1 はサイト %2 のどの NAT inside インターフェイスの配下にもないため、シミュレーターはその通信を NAT デバイス経由でルーティングできません</translation>
    </message>
    <message>
        <source>the source site does not exist</source>
        <translation>移行元サイトが存在しません</translation>
    </message>
    <message>
        <source>the destination site does not exist</source>
        <translation>移行先サイトが存在しません</translation>
    </message>
    <message>
        <source>the source and destination sites are the same</source>
        <translation>移行元と移行先のサイトが同じです</translation>
    </message>
    <message>
        <source>the destination site %1 is not a cloud SDDC</source>
        <translation>移行先サイト %1 はクラウド SDDC ではありません</translation>
    </message>
    <message>
        <source>"%1" is not a service of the catalogue (%2)</source>
        <translation>「%1」はカタログにあるサービスではありません（%2）</translation>
    </message>
    <message>
        <source>pair #%1 is not an appliance</source>
        <translation>ペア #%1 はアプライアンスではありません</translation>
    </message>
    <message>
        <source>%1 is not a service appliance and cannot be a pair</source>
        <translation>%1 はサービスアプライアンスではないため、ペアにできません</translation>
    </message>
    <message>
        <source>%1 is not in the source site %2</source>
        <translation>%1 は移行元サイト %2 にありません</translation>
    </message>
    <message>
        <source>%1 has no peer in the destination site %2</source>
        <translation>%1 には移行先サイト %2 のピアがありません</translation>
    </message>
    <message>
        <source>the link end #%1 does not exist</source>
        <translation>リンクの端点 #%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 name "%2" is used more than once here</source>
        <translation>%1の名前「%2」がここで複数回使われています</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1: %2（%3）: %4</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be a pair: %3</source>
        <translation>%1 と %2 はペアにできません: %3</translation>
    </message>
    <message>
        <source>option "%1" does not exist for the %2 profile, which has no options</source>
        <translation>オプション「%1」は %2 プロファイルにはありません（このプロファイルにはオプションがありません）</translation>
    </message>
    <message>
        <source>option "%1" does not exist for the %2 profile (allowed: %3)</source>
        <translation>オプション「%1」は %2 プロファイルにはありません（使用可能: %3）</translation>
    </message>
    <message>
        <source>%1 s is below the 120 s RFC 4787 requires of a UDP mapping timer (REQ-5)</source>
        <translation>%1 秒は、RFC 4787 が UDP マッピングタイマーに求める 120 秒を下回っています（REQ-5）</translation>
    </message>
    <message>
        <source>%1 s has no effect on the %2 profile: its UDP entries live %3 s unreplied and %4 s assured (the netfilter UDP timeouts); set those instead</source>
        <translation>%1 秒は %2 プロファイルでは効果がありません。このプロファイルの UDP エントリは未応答で %3 秒、確立（assured）後は %4 秒で消えます（netfilter の UDP タイムアウト）。そちらを設定してください</translation>
    </message>
    <message>
        <source>the assured timeout (%1 s) is shorter than the unreplied one (%2 s), so an entry that is answered expires sooner; the kernel accepts this, but check the router's sysctl values</source>
        <translation>確立（assured）後のタイムアウト（%1 秒）が未応答のタイムアウト（%2 秒）より短いため、応答のあったエントリのほうが先に消えます。カーネルはこの設定を受け付けますが、ルーターの sysctl の値を確認してください</translation>
    </message>
    <message>
        <source>%1 s has no effect on the %2 profile, which has one UDP timeout (%3 s); only linux-netfilter uses the netfilter timeouts</source>
        <translation>%1 秒は %2 プロファイルでは効果がありません。このプロファイルの UDP タイムアウトは 1 つ（%3 秒）だけです。netfilter のタイムアウトを使うのは linux-netfilter だけです</translation>
    </message>
    <message>
        <source>has no effect on the %1 profile: only linux-netfilter keeps an entry for an unsolicited inbound packet, so there is nothing for a firewall to prevent</source>
        <translation>%1 プロファイルでは効果がありません。要求していない着信パケットのエントリを残すのは linux-netfilter だけなので、ファイアウォールが防ぐものがありません</translation>
    </message>
    <message>
        <source>has no effect on %1 flows: only UDP entries have an unreplied timeout</source>
        <translation>%1 のフローでは効果がありません。未応答のタイムアウトがあるのは UDP のエントリだけです</translation>
    </message>
    <message>
        <source>has no effect on the %1 profile: its timeout does not depend on replies</source>
        <translation>%1 プロファイルでは効果がありません。このプロファイルのタイムアウトは応答の有無に左右されません</translation>
    </message>
    <message>
        <source>"%1" is not an IPv4 address (expected a.b.c.d)</source>
        <translation>「%1」は IPv4 アドレスではありません（a.b.c.d の形式で指定してください）</translation>
    </message>
    <message>
        <source>uplink %1 is listed more than once</source>
        <translation>アップリンク %1 が複数回指定されています</translation>
    </message>
    <message>
        <source>has no effect: an HCX Manager has no tunnel, so its uplinks carry none</source>
        <translation>効果がありません。HCX Manager にはトンネルがないため、そのアップリンクもトンネルを持ちません</translation>
    </message>
    <message>
        <source>has no effect: on-premises appliances always send their tunnel from UDP 4500; this port is the cloud peer's</source>
        <translation>効果がありません。オンプレミスのアプライアンスは常に UDP 4500 からトンネルを送信します。このポートはクラウド側ピアのためのものです</translation>
    </message>
    <message>
        <source>HCX appliances use UDP 4500; port %1 means something in front of %2 translates its port, which HCX does not support</source>
        <translation>HCX アプライアンスは UDP 4500 を使います。ポート %1 は %2 の手前で何かがポートを変換していることを意味しますが、HCX はそれをサポートしていません</translation>
    </message>
    <message>
        <source>a cloud peer initiates toward an appliance's tunnels: the target must be an appliance, a service mesh or none (every tunnel)</source>
        <translation>クラウド側ピアはアプライアンスのトンネルに向けて送信を始めます。対象はアプライアンス、サービスメッシュ、またはなし（すべてのトンネル）にしてください</translation>
    </message>
    <message>
        <source>no tunnel of a service mesh leads to this target, so no peer initiates anything</source>
        <translation>この対象につながるサービスメッシュのトンネルがないため、どのピアも送信を始めません</translation>
    </message>
    <message>
        <source>%1 is %2 in the file, which is not accepted: %3. It is kept as written; the simulation waits until it is fixed.</source>
        <translation>%1 はファイル上で %2 ですが、受け付けられません: %3。書かれたまま保持しています。修正するまでシミュレーションは実行されません。</translation>
    </message>
    <message>
        <source>%1 on %2: %3; the simulation runs as if the rule were not there</source>
        <translation>%2 の %1: %3。シミュレーションはこのルールがないものとして実行されます</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>ProjectWriter</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>PropertyDef</name>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>Simulated duration (s)</source>
        <translation>シミュレーション時間（秒）</translation>
    </message>
    <message>
        <source>Site kind</source>
        <translation>サイトの種類</translation>
    </message>
    <message>
        <source>Device kind</source>
        <translation>デバイスの種類</translation>
    </message>
    <message>
        <source>NAT behaviour profile</source>
        <translation>NAT 動作プロファイル</translation>
    </message>
    <message>
        <source>Profile options</source>
        <translation>プロファイルのオプション</translation>
    </message>
    <message>
        <source>UDP timeout (s)</source>
        <translation>UDP タイムアウト（秒）</translation>
    </message>
    <message>
        <source>TCP timeout (s)</source>
        <translation>TCP タイムアウト（秒）</translation>
    </message>
    <message>
        <source>ICMP timeout (s)</source>
        <translation>ICMP タイムアウト（秒）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>プレフィックス長</translation>
    </message>
    <message>
        <source>NAT role</source>
        <translation>NAT の役割</translation>
    </message>
    <message>
        <source>VRF</source>
        <translation>VRF</translation>
    </message>
    <message>
        <source>First address</source>
        <translation>先頭アドレス</translation>
    </message>
    <message>
        <source>Last address</source>
        <translation>最終アドレス</translation>
    </message>
    <message>
        <source>Permitted sources (CIDR)</source>
        <translation>許可する送信元（CIDR）</translation>
    </message>
    <message>
        <source>Rule kind</source>
        <translation>ルールの種類</translation>
    </message>
    <message>
        <source>Protocol (static PAT)</source>
        <translation>プロトコル（スタティック PAT）</translation>
    </message>
    <message>
        <source>Inside local</source>
        <translation>内部ローカル</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>ローカルポート</translation>
    </message>
    <message>
        <source>Inside global</source>
        <translation>内部グローバル</translation>
    </message>
    <message>
        <source>Global port</source>
        <translation>グローバルポート</translation>
    </message>
    <message>
        <source>Access list (dynamic)</source>
        <translation>アクセスリスト（ダイナミック）</translation>
    </message>
    <message>
        <source>Overload interface</source>
        <translation>オーバーロードインターフェイス</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Overload</source>
        <translation>オーバーロード</translation>
    </message>
    <message>
        <source>Extendable</source>
        <translation>extendable（拡張可能）</translation>
    </message>
    <message>
        <source>Deployed at (s)</source>
        <translation>デプロイ時刻（秒）</translation>
    </message>
    <message>
        <source>Appliance type</source>
        <translation>アプライアンスの種類</translation>
    </message>
    <message>
        <source>Uplink IP</source>
        <translation>アップリンク IP</translation>
    </message>
    <message>
        <source>Management IP</source>
        <translation>管理 IP</translation>
    </message>
    <message>
        <source>Peer appliance</source>
        <translation>ピアアプライアンス</translation>
    </message>
    <message>
        <source>Peer port policy</source>
        <translation>ピアのポートポリシー</translation>
    </message>
    <message>
        <source>From</source>
        <translation>接続元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Source site</source>
        <translation>移行元サイト</translation>
    </message>
    <message>
        <source>Destination site</source>
        <translation>移行先サイト</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Appliance pairs (source side)</source>
        <translation>アプライアンスペア（移行元側）</translation>
    </message>
    <message>
        <source>Number of flows</source>
        <translation>フロー数</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>First source port</source>
        <translation>先頭の送信元ポート</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>宛先アドレス</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>宛先ポート</translation>
    </message>
    <message>
        <source>Starts at (s)</source>
        <translation>開始時刻（秒）</translation>
    </message>
    <message>
        <source>Refresh interval (s, 0 = once)</source>
        <translation>更新間隔（秒、0 = 1 回のみ）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>時刻（秒）</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>継続時間（秒）</translation>
    </message>
    <message>
        <source>Observed translations</source>
        <translation>観測された NAT 変換</translation>
    </message>
    <message>
        <source>Blocked ports (udp/4500, tcp/443)</source>
        <translation>ブロックするポート（udp/4500, tcp/443）</translation>
    </message>
    <message>
        <source>MTU (bytes)</source>
        <translation>MTU（バイト）</translation>
    </message>
    <message>
        <source>Uplink MTU (bytes)</source>
        <translation>アップリンク MTU（バイト）</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>How this device allocates ports and matches inbound packets; the sources of each behaviour are in docs/profiles.md.</source>
        <translation>このデバイスがポートをどう割り当て、着信パケットをどう照合するか。各動作の根拠は docs/profiles.md にあります。</translation>
    </message>
    <message>
        <source>Netfilter: UDP timeout, unreplied (s)</source>
        <translation>netfilter: UDP タイムアウト・未応答（秒）</translation>
    </message>
    <message>
        <source>linux-netfilter only: nf_conntrack_udp_timeout, how long a UDP entry lives while no reply was seen (or within 2 s of its creation). Kernel default 30 s (documented: nf_conntrack-sysctl; measured in tests/fidelity with custom values). Vendors change it: read it with sysctl on the router.</source>
        <translation>linux-netfilter のみ: nf_conntrack_udp_timeout。応答がまだない間（または作成から 2 秒以内）の UDP エントリの寿命です。カーネルの既定値は 30 秒（ドキュメント記載: nf_conntrack-sysctl。独自の値で tests/fidelity にて実測）。ベンダーが変更していることがあるので、ルーター上で sysctl で確認してください。</translation>
    </message>
    <message>
        <source>Netfilter: UDP timeout, assured (s)</source>
        <translation>netfilter: UDP タイムアウト・確立後（秒）</translation>
    </message>
    <message>
        <source>linux-netfilter only: nf_conntrack_udp_timeout_stream, how long a UDP entry lives once a reply was seen and traffic went on past 2 s (assured). Kernel default 120 s (documented: nf_conntrack-sysctl; measured in tests/fidelity with custom values).</source>
        <translation>linux-netfilter のみ: nf_conntrack_udp_timeout_stream。応答があり、作成から 2 秒を過ぎても通信が続いた（assured）UDP エントリの寿命です。カーネルの既定値は 120 秒（ドキュメント記載: nf_conntrack-sysctl。独自の値で tests/fidelity にて実測）。</translation>
    </message>
    <message>
        <source>Netfilter: firewall drops unsolicited inbound</source>
        <translation>netfilter: 要求外の着信をファイアウォールで破棄</translation>
    </message>
    <message>
        <source>linux-netfilter only: whether an INPUT firewall rule drops or rejects packets that reach the router's own address unsolicited. No (the kernel default, no rules): such a packet leaves a conntrack entry that holds its ports toward the sender for the unreplied timeout and pushes a later outbound flow to that sender off its port. Yes (e.g. OpenWrt's stock wan zone, input REJECT): no entry. Both measured in tests/fidelity.</source>
        <translation>linux-netfilter のみ: ルーター自身のアドレスに要求なしで届いたパケットを、INPUT のファイアウォールルールが破棄または拒否するかどうか。いいえ（カーネルの既定、ルールなし）: そのパケットは conntrack エントリを残し、未応答のタイムアウトの間その送信元に対するポートを占有して、後からその送信元へ向かう送信フローを別のポートへ押し出します。はい（例: OpenWrt 標準の wan ゾーン、input REJECT）: エントリは残りません。どちらも tests/fidelity で実測済みです。</translation>
    </message>
    <message>
        <source>Tunnel UDP port</source>
        <translation>トンネルの UDP ポート</translation>
    </message>
    <message>
        <source>The UDP port a cloud-side appliance sends its tunnel from and receives it on: 4500 (NAT-T, documented). Another value models something in front of the peer that translates its port, which HCX does not support; on-premises appliances always send from 4500.</source>
        <translation>クラウド側アプライアンスがトンネルを送受信する UDP ポート: 4500（NAT-T、ドキュメント記載）。別の値は、ピアの手前で何かがポートを変換している状況を表しますが、HCX はそれをサポートしていません。オンプレミスのアプライアンスは常に 4500 から送信します。</translation>
    </message>
    <message>
        <source>Additional uplink IPs</source>
        <translation>追加のアップリンク IP</translation>
    </message>
    <message>
        <source>Further uplinks of a service appliance (one per Uplink Network Profile; documented: HCX supports multiple uplinks). Each pair of uplinks of the appliance and its peer is simulated as its own tunnel (assumed), so two on-premises uplinks reach the same peer address: the one case where HCX has two tunnels toward one peer address.</source>
        <translation>サービスアプライアンスの追加のアップリンク（アップリンクのネットワークプロファイルごとに 1 つ。ドキュメント記載: HCX は複数のアップリンクをサポート）。アプライアンスとピアのアップリンクの組ごとに別のトンネルとしてシミュレーションするため（仮定）、オンプレミスの 2 つのアップリンクが同じピアのアドレスに届きます。HCX で 1 つのピアのアドレスに 2 本のトンネルが向かうのは、この場合だけです。</translation>
    </message>
    <message>
        <source>Remote replies</source>
        <translation>相手が応答する</translation>
    </message>
    <message>
        <source>Whether the remote answers each packet (DNS, NTP) or never does (telemetry, a dead server, a scan). Unreplied flows keep netfilter's short unreplied timeout (measured in tests/fidelity); the other profiles time both out alike.</source>
        <translation>相手が各パケットに応答する（DNS、NTP）か、まったく応答しない（テレメトリ、停止したサーバー、スキャン）か。応答のないフローには netfilter の短い未応答タイムアウトが適用され続けます（tests/fidelity で実測）。他のプロファイルではどちらも同じようにタイムアウトします。</translation>
    </message>
    <message>
        <source>What happens at that time to the target (an appliance, a mesh or a NAT device; none = all). "Cloud peer initiates": the cloud peers of the target's tunnels send IKE to the on-premises public address, port 4500, unasked, then again every keepalive interval for the duration (assumed: HCX documents on-premises initiation only).</source>
        <translation>その時刻に対象（アプライアンス、メッシュ、または NAT デバイス。なし = すべて）に起こること。「クラウド側ピアが先に送信」: 対象のトンネルのクラウド側ピアが、要求されることなくオンプレミスのパブリックアドレスのポート 4500 へ IKE を送り、継続時間の間キープアライブ間隔ごとに再送します（仮定: HCX のドキュメントにはオンプレミスからの開始しか記載がありません）。</translation>
    </message>
    <message>
        <source>Observed NAT behaviour (probe)</source>
        <translation>観測された NAT の動作（プローブ）</translation>
    </message>
    <message>
        <source>Measured by meshnat-probe behind this NAT (File &gt; Import &gt; NAT Probe Result); diagnosis warns when the profile disagrees with it.</source>
        <translation>この NAT の内側で meshnat-probe により測定した結果です（ファイル &gt; インポート &gt; NAT プローブ結果）。プロファイルと矛盾すると診断が警告します。</translation>
    </message>
    <message>
        <source>Idle time after which a UDP translation expires (Cisco: ip nat translation udp-timeout, default 300 s; documented; FortiGate: udp-idle-timer, 180 s assumed). One timer for the Cisco, FortiGate and RFC 4787 profiles; linux-netfilter has two timers of its own below and does not use this one.</source>
        <translation>UDP 変換がアイドル状態で期限切れになるまでの時間 (Cisco: ip nat translation udp-timeout、既定値 300 秒、文書化済み。FortiGate: udp-idle-timer、180 秒を仮定)。Cisco、FortiGate、RFC 4787 のプロファイルはタイマーが 1 つです。linux-netfilter は下にある独自の 2 つのタイマーを使い、このタイマーは使いません。</translation>
    </message>
    <message>
        <source>Options that change the profile's allocation, e.g. random or random-fully (netfilter MASQUERADE/SNAT flags); extended, flat, include-reserve, round-robin (ASA pat-pool keywords); fixedport, no-port-preserve, one-to-one, fixed-port-range, port-block-allocation (FortiGate policy and IP pool settings, applied to the whole device); ports=LOW-HIGH (Juniper SRX pool port range, YAMAHA RTX masquerade port range). See docs/profiles.md for what is assumed.</source>
        <translation>プロファイルの割り当て方を変えるオプション。例: random、random-fully（netfilter の MASQUERADE/SNAT のフラグ）、extended、flat、include-reserve、round-robin（ASA の pat-pool のキーワード）、fixedport、no-port-preserve、one-to-one、fixed-port-range、port-block-allocation（FortiGate のポリシーと IP プールの設定。デバイス全体に適用）、ports=LOW-HIGH（Juniper SRX のプールのポート範囲、YAMAHA RTX の IP マスカレードのポート範囲）。仮定の内容は docs/profiles.md を参照してください。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>NAT inside: ip nat inside source, simulated. NAT outside: ip nat outside source, which translates the address of an outside host (the first address is the outside global, the second the outside local); outside source NAT: shown, not simulated.</source>
        <translation>NAT inside（内部）: ip nat inside source。シミュレーションします。NAT outside（外部）: ip nat outside source。外部ホストのアドレスを変換します（最初のアドレスが outside global、2 番目が outside local）。outside source NAT: 表示のみ、シミュレーションしません。</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <source>Value refused: %1</source>
        <translation>値を受け付けられません: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>Fix before simulating:</source>
        <translation>シミュレーションの前に修正してください:</translation>
    </message>
</context>
<context>
    <name>PropertyModel</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>list of objects</source>
        <translation>オブジェクトのリスト</translation>
    </message>
    <message>
        <source>comma-separated list</source>
        <translation>カンマ区切りのリスト</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>canvas position</source>
        <translation>キャンバス上の位置</translation>
    </message>
    <message>
        <source>list of records</source>
        <translation>レコードのリスト</translation>
    </message>
    <message>
        <source>The %1 profile has no options.</source>
        <translation>%1 プロファイルにはオプションがありません。</translation>
    </message>
    <message>
        <source>Options of the %1 profile: %2</source>
        <translation>%1 プロファイルのオプション: %2</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>型: %1</translation>
    </message>
    <message>
        <source>Not accepted, kept as written in the file: %1</source>
        <translation>受け付けられない値です（ファイルに書かれたまま保持）: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Services (keys to type): %1</source>
        <translation>サービス（入力するキー）: %1</translation>
    </message>
    <message>
        <source>translation table</source>
        <translation>NAT 変換テーブル</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 — not simulated</source>
        <translation>%1 — シミュレーション対象外</translation>
    </message>
    <message>
        <source>For an outside source rule, the address as written first in ip nat outside source (the outside global) is in Inside local, the second (the outside local) in Inside global.</source>
        <translation>outside source ルールでは、ip nat outside source で最初に書かれたアドレス（outside global）が「内部ローカル」に、2 番目（outside local）が「内部グローバル」に入ります。</translation>
    </message>
</context>
<context>
    <name>RandomPortRule</name>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works while this translation lives; after an expiry or a clear the next translation draws another random port, and the peer's packets go to the old one until IKE runs again.</source>
        <translation>ピアは見えたポートに追従する（%1）ので、この変換が有効な間はトンネルが動きます。期限切れや消去の後、次の変換には別のランダムなポートが割り当てられ、IKE が再度行われるまでピアのパケットは古いポートへ送られます。</translation>
    </message>
    <message>
        <source>%1 runs Linux netfilter with --%2 on its source NAT: netfilter then draws a random source port for every new flow, even when the original port is free toward the destination, so no HCX appliance keeps UDP %3.</source>
        <translation>%1 は送信元 NAT に --%2 を付けた Linux netfilter で動いています。この場合 netfilter は、元のポートが宛先に対して空いていても、新しいフローごとにランダムな送信元ポートを選ぶため、どの HCX アプライアンスも UDP %3 を維持できません。</translation>
    </message>
    <message>
        <source>%1 asks for %2 and is given %3, a random port.</source>
        <translation>%1 は %2 を求め、ランダムなポート %3 を割り当てられました。</translation>
    </message>
    <message>
        <source>%1 randomises source ports (--%2): UDP 4500 lost for %3</source>
        <translation>%1 が送信元ポートをランダム化（--%2）: %3 が UDP 4500 を失いました</translation>
    </message>
    <message>
        <source>Every new translation draws another port, so redeploying the appliances or clearing the translations does not help.</source>
        <translation>新しい変換のたびに別のポートが選ばれるため、アプライアンスの再デプロイや変換の消去では解決しません。</translation>
    </message>
    <message>
        <source>Random source port (netfilter --random)</source>
        <translation>ランダムな送信元ポート（netfilter --random）</translation>
    </message>
</context>
<context>
    <name>ReaderVerdict</name>
    <message numerus="yes">
        <source>this does not look like show ip nat translations or conntrack -L output: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>show ip nat translations または conntrack -L の出力ではないようです: %n 行中 %1 行を解釈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like a Cisco IOS configuration: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>Cisco IOS のコンフィグではないようです: %n 行中 %1 行を解釈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like iptables-save output: %1 of %n line(s) understood</source>
        <translation>
            <numerusform>iptables-save の出力ではないようです: %n 行中 %1 行を解釈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more issue(s) not shown</source>
        <translation>
            <numerusform>… ほかに %n 件の問題（表示していません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this does not look like %1: %2 of %n line(s) understood</source>
        <translation>
            <numerusform>%1 ではないようです: %n 行中 %2 行を解釈</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1 (detected from its first lines; --format overrides)</source>
        <translation>%1 として読み込みました (先頭の行から判定。--format で変更できます)</translation>
    </message>
    <message>
        <source>read as %1 (as asked)</source>
        <translation>%1 として読み込みました (指定どおり)</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近使ったファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReconstructedTunnel</name>
    <message>
        <source>the IKE_SA_INIT response reached the outside but was not forwarded inside</source>
        <translation>IKE_SA_INIT 応答は外側に届きましたが、内側へ転送されませんでした</translation>
    </message>
    <message>
        <source>the IKE_AUTH response reached the outside but was not forwarded inside</source>
        <translation>IKE_AUTH 応答は外側に届きましたが、内側へ転送されませんでした</translation>
    </message>
    <message>
        <source>the IKE_SA_INIT request never left the NAT device</source>
        <translation>IKE_SA_INIT 要求が NAT デバイスから出ていません</translation>
    </message>
    <message>
        <source>the IKE_AUTH request never left the NAT device</source>
        <translation>IKE_AUTH 要求が NAT デバイスから出ていません</translation>
    </message>
    <message numerus="yes">
        <source>%n ESP packet(s) from the peer reached the outside but not the inside</source>
        <translation>
            <numerusform>ピアからの ESP パケット %n 個が外側には届きましたが、内側には届いていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESP packet(s) from the initiator did not leave the NAT device</source>
        <translation>
            <numerusform>イニシエータからの ESP パケット %n 個が NAT デバイスから出ていません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Projects</source>
        <translation>未保存のプロジェクトの復元</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MeshNAT did not close normally.&lt;/b&gt; It had autosaved the unsaved changes of these projects.&lt;/p&gt;&lt;p&gt;Recover opens the selected copy as an unsaved project; the other copies are offered again next time. Discard deletes every copy listed here. Later keeps them all for the next start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MeshNAT は正常に終了しませんでした。&lt;/b&gt;次のプロジェクトの未保存の変更は自動保存されています。&lt;/p&gt;&lt;p&gt;「復元」は選択したコピーを未保存のプロジェクトとして開きます。ほかのコピーは次回あらためて表示されます。「破棄」はここに表示されたコピーをすべて削除します。「後で」はすべてのコピーを次回の起動まで残します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>元のファイル</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>%1 (never saved)</source>
        <translation>%1 (一度も保存されていません)</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止（Space）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生（Space）</translation>
    </message>
    <message>
        <source>Step %1 / %2 · %3</source>
        <translation>ステップ %1 / %2 · %3</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>最初のステップ</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>最初のステップ（Home）</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最後のステップ</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最後のステップ（End）</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>速く</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅く</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Steps per second while playing (+ and - change it)</source>
        <translation>再生中の1秒あたりのステップ数（+ と - で変更）</translation>
    </message>
    <message>
        <source>Simulated time: drag to move the replay</source>
        <translation>シミュレーション時刻: ドラッグしてリプレイ位置を移動</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>シミュレーション中…</translation>
    </message>
    <message>
        <source>The project changed: the replay shows the previous simulation until the new one is ready</source>
        <translation>プロジェクトが変更されました。新しいシミュレーションの準備ができるまで、再生には前回の結果が表示されます</translation>
    </message>
    <message>
        <source> · stepping through %1 shown events</source>
        <translation> · 表示中の %1 件のイベントだけを順に移動</translation>
    </message>
    <message>
        <source>Before the first event. Press Play (Space), step forward (Page Down) or go to the next moment (Ctrl+Page Down).</source>
        <translation>最初のイベントの前です。再生（Space）、次のステップ（Page Down）または次の場面（Ctrl+Page Down）を押してください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Step back (Page Up, Ctrl+Left); with an event filter, to the previous shown event</source>
        <translation>前のステップ（Page Up、Ctrl+←）。イベントを絞り込んでいるときは表示中の前のイベントへ</translation>
    </message>
    <message>
        <source>Step forward (Page Down, Ctrl+Right); with an event filter, to the next shown event</source>
        <translation>次のステップ（Page Down、Ctrl+→）。イベントを絞り込んでいるときは表示中の次のイベントへ</translation>
    </message>
    <message>
        <source>Previous moment</source>
        <translation>前の場面</translation>
    </message>
    <message>
        <source>Previous moment: a tunnel state change, port collision, appliance translation, finding or bookmark (Ctrl+Page Up, Shift+M)</source>
        <translation>前の場面：トンネル状態の変化、ポートの衝突、アプライアンスの変換、診断結果、ブックマーク（Ctrl+Page Up、Shift+M）</translation>
    </message>
    <message>
        <source>Next moment</source>
        <translation>次の場面</translation>
    </message>
    <message>
        <source>Next moment: a tunnel state change, port collision, appliance translation, finding or bookmark (Ctrl+Page Down, M)</source>
        <translation>次の場面：トンネル状態の変化、ポートの衝突、アプライアンスの変換、診断結果、ブックマーク（Ctrl+Page Down、M）</translation>
    </message>
    <message>
        <source>Nothing to replay: the simulation produced no events.</source>
        <translation>再生するものがありません: シミュレーションでイベントが発生しませんでした。</translation>
    </message>
    <message>
        <source>Nothing to replay yet. Missing: %1</source>
        <translation>まだ再生するものがありません。不足しているもの: %1</translation>
    </message>
    <message>
        <source>Capture time: drag to move the replay</source>
        <translation>キャプチャ時刻: ドラッグでリプレイを移動</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>キャプチャ</translation>
    </message>
    <message>
        <source>The replay steps through the packets of %1, not the simulation</source>
        <translation>リプレイはシミュレーションではなく %1 のパケットを順に再生しています</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <source>Export NAT translations</source>
        <translation>NAT変換のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>リプレイ(&amp;R)</translation>
    </message>
    <message>
        <source>Appliance Status</source>
        <translation>アプライアンスの状態</translation>
    </message>
    <message>
        <source>NAT Translations</source>
        <translation>NAT変換</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Port Usage</source>
        <translation>ポート使用状況</translation>
    </message>
    <message>
        <source>%1 — captured</source>
        <translation>%1 — キャプチャ</translation>
    </message>
    <message>
        <source>Captured packets</source>
        <translation>キャプチャしたパケット</translation>
    </message>
    <message>
        <source>Replay the imported packet captures instead of the simulation: the same views, showing what the packets say</source>
        <translation>シミュレーションの代わりに取り込んだパケットキャプチャをリプレイします。同じビューにパケットが示す内容を表示します</translation>
    </message>
</context>
<context>
    <name>ReplayReadiness</name>
    <message>
        <source>a pair of HCX appliances (drag from an on-premises appliance to a cloud one, or right-click → Pair With)</source>
        <translation>HCX アプライアンスのペア（オンプレミスのアプライアンスからクラウドのアプライアンスへドラッグするか、右クリック →「ペアにする相手」）</translation>
    </message>
    <message>
        <source>uplink IP of %1</source>
        <translation>%1 のアップリンク IP</translation>
    </message>
    <message>
        <source>a NAT device in %1 with a NAT inside interface on %2's subnet</source>
        <translation>%1 内の NAT デバイス（%2 のサブネットに NAT inside インターフェイスを持つもの）</translation>
    </message>
    <message>
        <source>a NAT rule on %1</source>
        <translation>%1 の NAT ルール</translation>
    </message>
    <message>
        <source>a valid %1 of %2 (the file's value is not accepted)</source>
        <translation>%2 の有効な %1（ファイルの値は受け付けられません）</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>プロジェクト</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>HCX Service Mesh NAT report: %1</source>
        <translation>HCX サービスメッシュ NAT レポート: %1</translation>
    </message>
    <message>
        <source>Service Mesh diagram</source>
        <translation>サービスメッシュ構成図</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Translations in use per NAT device, and each tunnel's Up/Down spans, over simulated time.</source>
        <translation>シミュレーション時間に沿った、NAT デバイスごとの使用中の変換数と、各トンネルの Up/Down の期間。</translation>
    </message>
    <message>
        <source>HCX Service Mesh NAT troubleshooting report</source>
        <translation>HCX サービスメッシュ NAT 障害調査報告書</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>リプレイ位置</translation>
    </message>
    <message>
        <source>step %1 of %2, at %3 s of simulated time</source>
        <translation>ステップ %1 / %2(シミュレーション時間 %3 秒)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>Appliance status</source>
        <translation>アプライアンスの状態</translation>
    </message>
    <message>
        <source>Service mesh</source>
        <translation>サービスメッシュ</translation>
    </message>
    <message>
        <source>Appliance pair</source>
        <translation>アプライアンスペア</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Peer port policy</source>
        <translation>ピアのポートポリシー</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No appliance pairs in any service mesh.</source>
        <translation>どのサービスメッシュにもアプライアンスペアがありません。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>診断結果</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>影響対象:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対処:</translation>
    </message>
    <message>
        <source>NAT translations at %1 s</source>
        <translation>%1 秒時点の NAT 変換</translation>
    </message>
    <message>
        <source>Only the appliances' rows and the rows involved in port collisions are shown.</source>
        <translation>アプライアンスの行と、ポート競合に関わる行のみを表示しています。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>(asked for %1; held by %2)</source>
        <translation>(%1 を要求、%2 が使用中)</translation>
    </message>
    <message>
        <source>%1 more rows are not shown.</source>
        <translation>ほかに %1 行あります(表示していません)。</translation>
    </message>
    <message>
        <source>Endpoint-independent mapping and filtering with port preservation (RFC 4787).</source>
        <translation>エンドポイント非依存のマッピングとフィルタリング、ポート維持あり(RFC 4787)。</translation>
    </message>
    <message>
        <source>Unknown profile.</source>
        <translation>不明なプロファイルです。</translation>
    </message>
    <message>
        <source>Appendix: assumptions in force</source>
        <translation>付録: 前提条件</translation>
    </message>
    <message>
        <source>These results come from a deterministic simulation of the NAT behaviour profiles below, not from a packet capture. Random choices use seed %1; %2 s of traffic were simulated.</source>
        <translation>この結果は以下の NAT 動作プロファイルによる決定的なシミュレーションであり、パケットキャプチャではありません。乱数はシード %1 を使用し、%2 秒分の通信をシミュレーションしました。</translation>
    </message>
    <message>
        <source>NAT behaviour profiles</source>
        <translation>NAT 動作プロファイル</translation>
    </message>
    <message>
        <source>VMware states that HCX traffic is initiated from on-premises and that the cloud side must receive on UDP 4500; the on-premises global source port need not be 4500. "expects-4500" models the behaviour seen in the field, where a tunnel whose source port was changed stayed Down.</source>
        <translation>VMware によれば、HCX の通信は常にオンプレミス側から開始され、クラウド側が UDP 4500 で受信できればよく、オンプレミス側のグローバル送信元ポートは 4500 でなくてもかまいません。「expects-4500」は、送信元ポートが変更されたトンネルが Down のままだった現場での挙動をモデル化したものです。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>No tunnel changed state and no appliance lost its port.</source>
        <translation>状態が変わったトンネルも、ポートを失ったアプライアンスもありません。</translation>
    </message>
    <message>
        <source>The key moments of the simulation: each tunnel going Up or Down, and each appliance that did not get the port it asked for.</source>
        <translation>シミュレーションの要所です。各トンネルが Up または Down になった時点と、要求したポートを得られなかったアプライアンスを示します。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Tunnel %1 is now %2.</source>
        <translation>トンネル %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 more moments follow; the timeline below shows them all.</source>
        <translation>このあとにさらに %1 件あります。すべては下のタイムラインで確認できます。</translation>
    </message>
    <message>
        <source>Appendix: the full NAT table at %1 s</source>
        <translation>付録: %1 秒時点の NAT テーブル全体</translation>
    </message>
    <message>
        <source>Keeps the source port when no translation holds that port on the global address, whatever its destination; otherwise gives the first free port from the start of the port's group (0–511, 512–1023, 1024–65535). UDP translations expire after %1 s idle.</source>
        <translation>グローバルアドレス上でそのポートを使用する変換が(宛先にかかわらず)なければ送信元ポートを維持し、あればそのポートのグループ(0–511、512–1023、1024–65535)の先頭から最初の空きポートを割り当てます。UDP の変換は %1 秒間通信がないと削除されます。</translation>
    </message>
    <message>
        <source>Uniqueness per full tuple, destination included: two hosts may both keep port 4500 toward different peers. Unreplied UDP entries expire after %1 s, assured ones after %2 s (this router's conntrack timeouts). Measured on Linux 6.18.</source>
        <translation>宛先を含む 5 タプル単位で一意性を判定するため、宛先ピアが異なれば 2 台とも 4500 番を維持できます。応答のない UDP エントリは %1 秒、確立済み(assured)のものは %2 秒で削除されます(このルーターの conntrack タイムアウト)。Linux 6.18 で実測。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4)</source>
        <translation>%1 — %2: %3（%4）</translation>
    </message>
    <message>
        <source>Other settings that change the behaviour</source>
        <translation>動作を変えるその他の設定</translation>
    </message>
    <message>
        <source>UDP translations expire after %1 s idle.</source>
        <translation>UDP の変換は %1 秒間使われないと期限切れになります。</translation>
    </message>
    <message>
        <source>NAT rule %1: %2</source>
        <translation>NAT ルール %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the customer report (PDF or HTML) in English or Japanese</source>
        <translation>顧客向けレポート(PDF または HTML)を英語または日本語で出力します</translation>
    </message>
    <message>
        <source>Report language: en or ja</source>
        <translation>レポートの言語: en または ja</translation>
    </message>
    <message>
        <source>Output file (.pdf or .html)</source>
        <translation>出力ファイル(.pdf または .html)</translation>
    </message>
    <message>
        <source>Replay position in simulated seconds (default: the end)</source>
        <translation>リプレイ位置(シミュレーション秒、既定: 最後)</translation>
    </message>
    <message>
        <source>meshnat-cli report: -o needs a file ending in .pdf or .html</source>
        <translation>meshnat-cli report: -o には .pdf または .html で終わるファイル名を指定してください</translation>
    </message>
    <message>
        <source>meshnat-cli report: --lang must be en or ja, not "%1"</source>
        <translation>meshnat-cli report: --lang は en または ja です(「%1」は指定できません)</translation>
    </message>
    <message>
        <source>--at needs a number of seconds, not "%1"</source>
        <translation>--at には秒数を指定してください(「%1」ではなく)</translation>
    </message>
    <message>
        <source>%1: report written to %2</source>
        <translation>%1: レポートを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Add the full NAT table (every row, office traffic too) as an appendix</source>
        <translation>NAT テーブル全体（オフィスの通信を含むすべての行）を付録として加える</translation>
    </message>
    <message>
        <source>Accepted for compatibility: the report always lists the appliance and collision rows</source>
        <translation>互換性のために受け付けます（レポートには常にアプライアンスと衝突の行が載ります）</translation>
    </message>
    <message>
        <source>usage: meshnat-cli report FILE | --example KEY --lang ja|en [--full-table] -o OUT.pdf|OUT.html</source>
        <translation>使い方: meshnat-cli report FILE | --example KEY --lang ja|en [--full-table] -o OUT.pdf|OUT.html</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>レポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the customer report (PDF or HTML) with a preview</source>
        <translation>プレビューを見ながら顧客向けレポート(PDF または HTML)を書き出します</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>レポートの言語:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF を書き出す…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML を書き出す…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Appendix: the full NAT table</source>
        <translation>付録: NAT テーブル全体</translation>
    </message>
    <message>
        <source>The report always lists the appliances' and the collisions' translations; this adds every other row (office traffic) at the end.</source>
        <translation>レポートには常にアプライアンスと衝突に関わる変換を載せます。これを選ぶと、それ以外の行（オフィスの通信など）も末尾に加えます。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no translation for the report language "%1"</source>
        <translation>レポート言語「%1」の翻訳がありません</translation>
    </message>
    <message>
        <source>HCX Service Mesh NAT report: %1</source>
        <translation>HCX サービスメッシュ NAT レポート: %1</translation>
    </message>
</context>
<context>
    <name>RouterConfigReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a router configuration (limit %3 MB)</source>
        <translation>%1: %2 MB はルーターの設定としては大きすぎます (上限 %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 MB; too large for a router configuration</source>
        <translation>%1: %2 MB を超えています。ルーターの設定としては大きすぎます</translation>
    </message>
    <message>
        <source>Cisco ASA configuration</source>
        <translation>Cisco ASA の設定</translation>
    </message>
    <message>
        <source>FortiGate configuration</source>
        <translation>FortiGate の設定</translation>
    </message>
    <message>
        <source>Juniper SRX configuration</source>
        <translation>Juniper SRX の設定</translation>
    </message>
    <message>
        <source>YAMAHA RTX configuration</source>
        <translation>YAMAHA RTX の設定</translation>
    </message>
    <message>
        <source>Cisco IOS configuration</source>
        <translation>Cisco IOS の設定</translation>
    </message>
    <message>
        <source>Linux iptables-save output</source>
        <translation>Linux の iptables-save 出力</translation>
    </message>
</context>
<context>
    <name>RouterDataReader</name>
    <message>
        <source>line longer than %1 characters; skipped</source>
        <translation>%1 文字を超える行のため読み飛ばしました</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>RouterDataRegistry</name>
    <message>
        <source>unknown format "%1"; known formats: %2</source>
        <translation>不明な形式 "%1" です。使用できる形式: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>RuleCounters</name>
    <message>
        <source>Cisco ASA show nat (rule hit counts)</source>
        <translation>Cisco ASA の show nat（ルールのヒット数）</translation>
    </message>
    <message>
        <source>Juniper SRX show security nat source (pool and rule counters)</source>
        <translation>Juniper SRX の show security nat source（プールとルールのカウンター）</translation>
    </message>
</context>
<context>
    <name>ServiceMeshTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>Service mesh</source>
        <translation>サービスメッシュ</translation>
    </message>
    <message>
        <source>Source site</source>
        <translation>移行元サイト</translation>
    </message>
    <message>
        <source>Destination site</source>
        <translation>移行先サイト</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Appliance pairs</source>
        <translation>アプライアンスペア</translation>
    </message>
</context>
<context>
    <name>ShowNatTranslationsReader</name>
    <message>
        <source>the translation count is not a number</source>
        <translation>NAT変換の件数が数値ではありません</translation>
    </message>
    <message>
        <source>five columns, but not all of the last four are addresses</source>
        <translation>5 列ありますが、後ろの 4 列がすべてアドレスではありません</translation>
    </message>
    <message>
        <source>not a translation, header or detail line</source>
        <translation>NAT変換、ヘッダー、詳細のどの行でもありません</translation>
    </message>
    <message>
        <source>more than %1 translations; the rest was not read</source>
        <translation>NAT変換が %1 件を超えました。残りは読み込んでいません</translation>
    </message>
    <message>
        <source>the first column is not a protocol</source>
        <translation>1 列目がプロトコルではありません</translation>
    </message>
    <message>
        <source>column %1 ("%2") is not an IPv4 address; kept as text</source>
        <translation>%1 列目 ("%2") は IPv4 アドレスではありません。テキストのまま保持します</translation>
    </message>
    <message>
        <source>detail line without a translation above it</source>
        <translation>上に NAT変換の行がない詳細行です</translation>
    </message>
    <message>
        <source>Cisco show ip nat translations</source>
        <translation>Cisco show ip nat translations</translation>
    </message>
</context>
<context>
    <name>SimTimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Simulate the HCX traffic through every NAT device; print tunnels and NAT tables</source>
        <translation>各 NAT デバイスを通る HCX 通信をシミュレーションし、トンネルと NAT 変換テーブルを表示します</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>JSON で出力します</translation>
    </message>
    <message>
        <source>Simulated seconds (default: the project's duration)</source>
        <translation>シミュレーションする秒数(既定: プロジェクトの設定値)</translation>
    </message>
    <message>
        <source>--until needs a number of seconds, not "%1"</source>
        <translation>--until には秒数を指定してください(「%1」ではなく)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1: simulated %2 s, %3 events</source>
        <translation>%1: %2 秒をシミュレーション、イベント %3 件</translation>
    </message>
    <message>
        <source>Tunnels:</source>
        <translation>トンネル:</translation>
    </message>
    <message>
        <source>%1 (%2) — show ip nat translations at %3 s:</source>
        <translation>%1(%2)— %3 秒時点の show ip nat translations:</translation>
    </message>
    <message>
        <source>Print every NAT row (default: the appliances' rows, static rows and both sides of each port collision; JSON has every row)</source>
        <translation>NAT の全行を表示（既定: アプライアンスの行、静的な行、各ポート衝突の両側の行。JSON は常に全行）</translation>
    </message>
    <message>
        <source>usage: meshnat-cli simulate FILE | --example KEY [--json] [--until SECONDS] [--all]</source>
        <translation>使い方: meshnat-cli simulate FILE | --example KEY [--json] [--until SECONDS] [--all]</translation>
    </message>
    <message>
        <source>  (the appliances' rows, static rows and port collisions: %1 of %2 rows; %3 other rows left out, --all prints every row)</source>
        <translation>  （アプライアンスの行、静的な行、ポート衝突の行: %2 行中 %1 行。ほかの %3 行は省略。--all で全行を表示）</translation>
    </message>
</context>
<context>
    <name>SimulationOverlay</name>
    <message>
        <source>Tunnel %1: %2</source>
        <translation>トンネル %1: %2</translation>
    </message>
    <message>
        <source>Peer pair: %1 ↔ %2</source>
        <translation>ピアペア: %1 ↔ %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Outside: %1</source>
        <translation>外側: %1</translation>
    </message>
    <message>
        <source>Asked for %1, held by %2</source>
        <translation>%1 を要求、%2 が使用中</translation>
    </message>
    <message>
        <source>Asked for %1</source>
        <translation>%1 を要求</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The simulation stopped after %1 events.</source>
        <translation>イベントが %1 件に達したためシミュレーションを打ち切りました。</translation>
    </message>
    <message>
        <source>%1: unknown NAT profile "%2"</source>
        <translation>%1: 不明な NAT プロファイル「%2」</translation>
    </message>
    <message>
        <source>%1: no peer with an uplink address; no tunnel simulated</source>
        <translation>%1: アップリンクアドレスを持つピアがないため、トンネルはシミュレーションされません</translation>
    </message>
    <message numerus="yes">
        <source>Not simulated: %n value(s) of the project are not valid (see the validation panel).</source>
        <translation>
            <numerusform>シミュレーションしていません: プロジェクトの %n 個の値が不正です（検証パネルを参照）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteComparison</name>
    <message>
        <source>%1 translated %2 → %3 toward %4</source>
        <translation>%1 は %2 → %3（宛先 %4）に変換しました</translation>
    </message>
    <message>
        <source>: the port was kept.</source>
        <translation>: ポートは維持されました。</translation>
    </message>
    <message>
        <source>: port %1 was already held by %2's translation toward %3.</source>
        <translation>: ポート %1 は %3 宛ての %2 の変換が既に使っていました。</translation>
    </message>
    <message>
        <source>: the port was changed.</source>
        <translation>: ポートが変更されました。</translation>
    </message>
    <message>
        <source>A static mapping gives the appliance its own global endpoint, so no other translation competes for it.</source>
        <translation>スタティックマッピングでアプライアンス専用のグローバルエンドポイントがあるため、他の変換と競合しません。</translation>
    </message>
    <message>
        <source>The two sites translate the appliances' traffic the same way at every step.</source>
        <translation>2 つのサイトは、どのステップでもアプライアンスの通信を同じように変換しています。</translation>
    </message>
    <message>
        <source>%1's first UDP 4500 translation</source>
        <translation>%1 の最初の UDP 4500 の変換</translation>
    </message>
    <message>
        <source>%1's UDP 4500 translation no. %2</source>
        <translation>%1 の %2 回目の UDP 4500 の変換</translation>
    </message>
    <message>
        <source>%1's tunnel state</source>
        <translation>%1 のトンネル状態</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The sites diverge at %1 s, at %2.</source>
        <translation>%1 秒、%2 で両サイトが分かれます。</translation>
    </message>
    <message>
        <source>%1: no such step.</source>
        <translation>%1: このステップはありません。</translation>
    </message>
    <message>
        <source>At the end of the run %1's tunnel is %2 behind %3 and %4 behind %5.</source>
        <translation>実行終了時、%1 のトンネルは %3 の配下で %2、%5 の配下で %4 です。</translation>
    </message>
</context>
<context>
    <name>SrxConfigReader</name>
    <message>
        <source>the configuration ends inside a block (cut short?); what was read is kept</source>
        <translation>設定がブロックの途中で終わっています（途中で切れている可能性があります）。読み込んだ部分は取り込みました</translation>
    </message>
    <message>
        <source>deactivate/delete statements are not applied</source>
        <translation>deactivate/delete 文は適用しません</translation>
    </message>
    <message>
        <source>not a set statement or a line of the brace form (cut short?)</source>
        <translation>set 文でも波括弧形式の行でもありません（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>closing brace without an open block</source>
        <translation>開いているブロックがないのに閉じ括弧があります</translation>
    </message>
    <message>
        <source>inactive block: read, but Junos does not apply it</source>
        <translation>inactive のブロックです。読み込みましたが、Junos では適用されません</translation>
    </message>
    <message>
        <source>empty set statement</source>
        <translation>空の set 文です</translation>
    </message>
    <message>
        <source>host-name needs one name</source>
        <translation>host-name には名前を 1 つ指定します</translation>
    </message>
    <message>
        <source>not used for NAT</source>
        <translation>NAT には使用しません</translation>
    </message>
    <message>
        <source>interface address must be an IPv4 prefix (a.b.c.d/len)</source>
        <translation>インターフェースのアドレスは IPv4 プレフィックス（a.b.c.d/len）で指定します</translation>
    </message>
    <message>
        <source>interface statement not used for NAT</source>
        <translation>NAT には使用しないインターフェース設定です</translation>
    </message>
    <message>
        <source>incomplete security nat statement (cut short?)</source>
        <translation>security nat 文が不完全です（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>source NAT setting read but not simulated</source>
        <translation>送信元 NAT の設定を読み込みましたが、シミュレーションには反映しません</translation>
    </message>
    <message>
        <source>not understood in security nat source</source>
        <translation>security nat source の中で解釈できません</translation>
    </message>
    <message>
        <source>not understood in security nat static</source>
        <translation>security nat static の中で解釈できません</translation>
    </message>
    <message>
        <source>destination NAT is not simulated</source>
        <translation>宛先 NAT はシミュレーションしません</translation>
    </message>
    <message>
        <source>not understood in security nat</source>
        <translation>security nat の中で解釈できません</translation>
    </message>
    <message>
        <source>incomplete source pool statement (cut short?)</source>
        <translation>source pool 文が不完全です（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>pool address must be an IPv4 address or prefix</source>
        <translation>プールのアドレスは IPv4 アドレスまたはプレフィックスで指定します</translation>
    </message>
    <message>
        <source>pool range end must be an IPv4 address</source>
        <translation>プール範囲の終端は IPv4 アドレスで指定します</translation>
    </message>
    <message>
        <source>pool address takes A or A to B</source>
        <translation>プールのアドレスは A または A to B の形式で指定します</translation>
    </message>
    <message>
        <source>pool range ends before it starts</source>
        <translation>プール範囲の終端が始端より前です</translation>
    </message>
    <message>
        <source>port range takes LOW [to HIGH] (ports 1-65535, LOW not above HIGH)</source>
        <translation>port range は LOW [to HIGH] の形式で指定します（ポートは 1～65535、LOW は HIGH 以下）</translation>
    </message>
    <message>
        <source>pool port takes no-translation or range</source>
        <translation>プールの port には no-translation または range を指定します</translation>
    </message>
    <message>
        <source>pool setting read but not simulated</source>
        <translation>プールの設定を読み込みましたが、シミュレーションには反映しません</translation>
    </message>
    <message>
        <source>incomplete or unknown source pool statement</source>
        <translation>source pool 文が不完全か、未知の文です</translation>
    </message>
    <message>
        <source>incomplete rule-set statement (cut short?)</source>
        <translation>rule-set 文が不完全です（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>rule-set %1 takes zone, interface or routing-instance and one name</source>
        <translation>rule-set の %1 には zone、interface、routing-instance のいずれかと名前を 1 つ指定します</translation>
    </message>
    <message>
        <source>incomplete rule statement (cut short?)</source>
        <translation>rule 文が不完全です（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>%1 must be an IPv4 prefix</source>
        <translation>%1 は IPv4 プレフィックスで指定します</translation>
    </message>
    <message>
        <source>destination-port must be a port 1-65535</source>
        <translation>destination-port には 1～65535 のポートを指定します</translation>
    </message>
    <message>
        <source>only the first port of a range is modelled</source>
        <translation>ポート範囲のうち先頭のポートだけをモデル化します</translation>
    </message>
    <message>
        <source>match condition read but not modelled</source>
        <translation>match 条件を読み込みましたが、モデル化しません</translation>
    </message>
    <message>
        <source>unknown or incomplete match condition</source>
        <translation>match 条件が未知か不完全です</translation>
    </message>
    <message>
        <source>a rule takes match or then</source>
        <translation>rule には match または then を指定します</translation>
    </message>
    <message>
        <source>persistent NAT is not simulated</source>
        <translation>persistent NAT はシミュレーションしません</translation>
    </message>
    <message>
        <source>source-nat takes interface, pool NAME or off</source>
        <translation>source-nat には interface、pool 名前、off のいずれかを指定します</translation>
    </message>
    <message>
        <source>static-nat prefix must be an IPv4 prefix</source>
        <translation>static-nat の prefix は IPv4 プレフィックスで指定します</translation>
    </message>
    <message>
        <source>mapped-port must be a port 1-65535</source>
        <translation>mapped-port には 1～65535 のポートを指定します</translation>
    </message>
    <message>
        <source>static-nat option read but not modelled</source>
        <translation>static-nat のオプションを読み込みましたが、モデル化しません</translation>
    </message>
    <message>
        <source>static-nat takes prefix A/L [mapped-port P]</source>
        <translation>static-nat は prefix A/L [mapped-port P] の形式で指定します</translation>
    </message>
    <message>
        <source>unknown or incomplete then action</source>
        <translation>then のアクションが未知か不完全です</translation>
    </message>
    <message>
        <source>pools have different port ranges; the simulation uses %1 for every pool</source>
        <translation>プールごとにポート範囲が異なります。シミュレーションではすべてのプールに %1 を使います</translation>
    </message>
    <message>
        <source>static rule-set %1 has no from context</source>
        <translation>static rule-set %1 に from の指定がありません</translation>
    </message>
    <message>
        <source>source rule-set %1 needs from and to contexts</source>
        <translation>source rule-set %1 には from と to の指定が必要です</translation>
    </message>
    <message>
        <source>rule %1 has no then action; not used</source>
        <translation>rule %1 に then のアクションがないため、使用しません</translation>
    </message>
    <message>
        <source>static rule %1 needs one destination-address; not used</source>
        <translation>static rule %1 には destination-address が 1 つ必要です。使用しません</translation>
    </message>
    <message>
        <source>static NAT with ports is modelled for UDP</source>
        <translation>ポート付きの静的 NAT は UDP としてモデル化します</translation>
    </message>
    <message>
        <source>source-nat off (no translation for these hosts) is not simulated</source>
        <translation>source-nat off（これらのホストは変換しない）はシミュレーションしません</translation>
    </message>
    <message>
        <source>rule %1: no interface with an address on the to side (%2 %3)</source>
        <translation>rule %1: to 側（%2 %3）にアドレスを持つインターフェースがありません</translation>
    </message>
    <message>
        <source>rule %1 names pool %2, which is not defined</source>
        <translation>rule %1 が指定しているプール %2 は定義されていません</translation>
    </message>
</context>
<context>
    <name>SrxFlowSessionReader</name>
    <message>
        <source>Juniper SRX show security flow session</source>
        <translation>Juniper SRX show security flow session</translation>
    </message>
    <message>
        <source>session without its In and Out lines (cut short?); not used</source>
        <translation>In 行と Out 行がないセッションです（途中で切れている可能性があります）。このセッションは使用しません</translation>
    </message>
    <message>
        <source>session without its Out line (cut short?); inside global unknown</source>
        <translation>Out 行がないセッションです（途中で切れている可能性があります）。内部グローバルは不明です</translation>
    </message>
    <message>
        <source>second In line in one session; not used</source>
        <translation>1 つのセッションに 2 つ目の In 行があります。この行は使用しません</translation>
    </message>
    <message>
        <source>more than %1 sessions; the rest was not read</source>
        <translation>セッションが %1 件を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>In line outside a session block</source>
        <translation>セッションブロックの外に In 行があります</translation>
    </message>
    <message>
        <source>Out line without its In line; not used</source>
        <translation>In 行のない Out 行です。この行は使用しません</translation>
    </message>
    <message>
        <source>malformed %1 line; expected "%1: ADDRESS/PORT --&gt; ADDRESS/PORT;protocol, …"</source>
        <translation>%1 行の形式が正しくありません。"%1: アドレス/ポート --&gt; アドレス/ポート;プロトコル, …" の形式が必要です</translation>
    </message>
    <message>
        <source>the session count is not a number</source>
        <translation>セッション数が数値ではありません</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>解釈できません</translation>
    </message>
</context>
<context>
    <name>SrxNatSourceReader</name>
    <message>
        <source>counter is not a number</source>
        <translation>カウンターが数値ではありません</translation>
    </message>
    <message>
        <source>address range table without its pool</source>
        <translation>プールのないアドレス範囲の表です</translation>
    </message>
    <message>
        <source>a pool row needs name, address range, routing instance, PAT yes/no and total</source>
        <translation>プールの行には名前、アドレス範囲、ルーティングインスタンス、PAT（yes/no）、総数が必要です</translation>
    </message>
    <message>
        <source>a rule row needs rule name, rule set, from, to and action</source>
        <translation>ルールの行にはルール名、ルールセット、From、To、アクションが必要です</translation>
    </message>
    <message>
        <source>pool without a name</source>
        <translation>名前のないプールです</translation>
    </message>
    <message>
        <source>port is neither [low, high] nor no-translation</source>
        <translation>ポートが [下限, 上限] でも no translation でもありません</translation>
    </message>
    <message>
        <source>not a line of show security nat source pool</source>
        <translation>show security nat source pool の行ではありません</translation>
    </message>
    <message>
        <source>action without a value</source>
        <translation>値のないアクションです</translation>
    </message>
    <message>
        <source>not a line of show security nat source rule</source>
        <translation>show security nat source rule の行ではありません</translation>
    </message>
    <message>
        <source>not a line of show security nat source summary, pool or rule</source>
        <translation>show security nat source summary・pool・rule の行ではありません</translation>
    </message>
    <message>
        <source>no action follows this rule (cut off?)</source>
        <translation>このルールにアクションが続いていません（途中で切れていますか？）</translation>
    </message>
    <message>
        <source>no address range follows this pool (cut off?)</source>
        <translation>このプールにアドレス範囲が続いていません（途中で切れていますか？）</translation>
    </message>
    <message>
        <source>rule-set %1 rule %2 (%3 → %4)</source>
        <translation>ルールセット %1 ルール %2（%3 → %4）</translation>
    </message>
    <message>
        <source>source-nat interface</source>
        <translation>source-nat interface（インターフェイスのアドレス）</translation>
    </message>
    <message>
        <source>source-nat off</source>
        <translation>source-nat off（変換なし）</translation>
    </message>
    <message>
        <source>source-nat pool %1</source>
        <translation>source-nat プール %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, never hit</source>
        <translation>%1、一度もヒットしていません</translation>
    </message>
    <message>
        <source>%1, 1 translation</source>
        <translation>%1、変換 1 回</translation>
    </message>
    <message>
        <source>%1, %2 translations</source>
        <translation>%1、変換 %2 回</translation>
    </message>
    <message>
        <source>%1, %2 failed sessions</source>
        <translation>%1、失敗したセッション %2 件</translation>
    </message>
    <message>
        <source>port no-translation</source>
        <translation>ポート変換なし</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>port translation</source>
        <translation>ポート変換あり</translation>
    </message>
    <message>
        <source>pool %1 %2</source>
        <translation>プール %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, address assignment %2</source>
        <translation>%1、アドレス割り当て %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 addresses in use</source>
        <translation>%1: アドレス %3 個中 %2 個が使用中</translation>
    </message>
    <message>
        <source>%1: %2 single and %3 twin ports in use</source>
        <translation>%1: 使用中のポート シングル %2 個、ツイン %3 個</translation>
    </message>
    <message>
        <source>%1: %2 ports in use</source>
        <translation>%1: 使用中のポート %2 個</translation>
    </message>
    <message>
        <source>%1: %2 addresses</source>
        <translation>%1: アドレス %2 個</translation>
    </message>
    <message>
        <source>%1, %2 translation hits</source>
        <translation>%1、変換ヒット %2 回</translation>
    </message>
</context>
<context>
    <name>StaticPatPortRule</name>
    <message>
        <source>an explicit port mapping</source>
        <translation>明示的なポートマッピング</translation>
    </message>
    <message>
        <source>Static PAT gives %1 port %2, but its peer expects UDP %3</source>
        <translation>スタティック PAT で %1 はポート %2 になりますが、ピアは UDP %3 を前提としています</translation>
    </message>
    <message>
        <source>%1 maps %2 with a static PAT rule, %3 ↔ %4 (%5). Its cloud peer expects source port %6 (%7), so it sends to %8.</source>
        <translation>%1 は %2 をスタティック PAT ルール %3 ↔ %4（%5）でマッピングしています。クラウド側のピアは送信元ポート %6 を前提としている（%7）ため、%8 へ送信します。</translation>
    </message>
    <message>
        <source>VMware states that the on-premises source port need not be %1, but this peer, as modelled, answers %1 only.</source>
        <translation>VMware はオンプレミス側の送信元ポートが %1 である必要はないとしていますが、このピアはモデル上 %1 にしか応答しません。</translation>
    </message>
    <message>
        <source>%1's packets leave as %2.</source>
        <translation>%1 のパケットは %2 で出ていきます。</translation>
    </message>
    <message>
        <source>Static PAT on a port other than 4500</source>
        <translation>4500 以外のポートへのスタティック PAT</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <source>Translations</source>
        <translation>NAT変換数</translation>
    </message>
    <message>
        <source>Simulated time (s)</source>
        <translation>シミュレーション時刻（秒）</translation>
    </message>
    <message>
        <source>Capture time (s)</source>
        <translation>キャプチャ時刻（秒）</translation>
    </message>
</context>
<context>
    <name>TopologyTreeModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1+%2</source>
        <translation>%1+%2</translation>
    </message>
    <message>
        <source>%1 %2:%3 → %4:%5</source>
        <translation>%1 %2:%3 → %4:%5</translation>
    </message>
    <message>
        <source>interface %1</source>
        <translation>インターフェイス %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>プール %1</translation>
    </message>
    <message>
        <source>list %1 → %2</source>
        <translation>リスト %1 → %2</translation>
    </message>
    <message>
        <source>%1 overload</source>
        <translation>%1 オーバーロード</translation>
    </message>
    <message>
        <source>static %1 %2:%3 → %4:%5</source>
        <translation>スタティック %1 %2:%3 → %4:%5</translation>
    </message>
    <message>
        <source>static %1 → %2</source>
        <translation>スタティック %1 → %2</translation>
    </message>
    <message>
        <source>%1 extendable</source>
        <translation>%1 extendable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TranslatedPortRule</name>
    <message>
        <source>%1 asks for %2 and is given %3.</source>
        <translation>%1 は %2 を要求し、%3 を割り当てられます。</translation>
    </message>
    <message>
        <source>%1 asked for %2 toward %3 and was given %4.</source>
        <translation>%1 は %3 宛てに %2 を要求し、%4 を割り当てられました。</translation>
    </message>
    <message>
        <source>Its cloud peer expects source port %1 (%2), so it sends to %3:%1.</source>
        <translation>クラウド側のピアは送信元ポート %1 を想定している (%2) ため、%3:%1 に送信します。</translation>
    </message>
</context>
<context>
    <name>UdpEndpoint</name>
    <message>
        <source>"%1": the port must be 1-65535</source>
        <translation>"%1": ポートは 1-65535 である必要があります</translation>
    </message>
    <message>
        <source>"%1": not an IPv4 address or a host name with one</source>
        <translation>"%1": IPv4 アドレスでも、IPv4 アドレスを持つホスト名でもありません</translation>
    </message>
</context>
<context>
    <name>UnexplainedDownRule</name>
    <message>
        <source>the network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>%1 tunnel %2 is Down at %3 s</source>
        <translation>%1 のトンネル %2 が %3 秒に Down</translation>
    </message>
    <message>
        <source>the peer expects UDP %1 (%2), %3 gave %4</source>
        <translation>ピアは UDP %1 を前提としています（%2）が、%3 は %4 を割り当てました</translation>
    </message>
    <message>
        <source>its peer sent to %1 (%2). %3</source>
        <translation>ピアは %1 へ送信しました（%2）。%3</translation>
    </message>
    <message>
        <source>%1 tunnel Down at %2 s: %3 — no more specific rule matched.</source>
        <translation>%1 のトンネルが %2 秒に Down: %3 — これより具体的なルールには該当しませんでした。</translation>
    </message>
    <message>
        <source>Tunnel Down for a reason no other rule covers</source>
        <translation>他のルールでは説明できない理由でトンネルが Down</translation>
    </message>
    <message>
        <source>The tunnel's translation then was %1 → %2.</source>
        <translation>そのときのトンネルの変換は %1 → %2 でした。</translation>
    </message>
</context>
<context>
    <name>UnmatchedApplianceRule</name>
    <message>
        <source>%1 is matched by no NAT rule on %2</source>
        <translation>%1 は %2 のどの NAT ルールにも一致しません</translation>
    </message>
    <message>
        <source>%1 (%2) sits behind %3, but no static mapping names it and no access list of a dynamic rule (%4) permits it. Its packets leave untranslated with a source the Internet cannot route back to, so the tunnel never comes up.</source>
        <translation>%1（%2）は %3 の内側にありますが、どのスタティックマッピングにも含まれず、ダイナミックルールのアクセスリスト（%4）でも許可されていません。パケットは変換されずに、インターネットから戻れない送信元のまま出ていくため、トンネルは確立しません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 has no rule for %2.</source>
        <translation>%1 には %2 のルールがありません。</translation>
    </message>
    <message>
        <source>Appliance matched by no NAT rule</source>
        <translation>どの NAT ルールにも一致しないアプライアンス</translation>
    </message>
</context>
<context>
    <name>UnsolicitedInboundRule</name>
    <message>
        <source>An unsolicited packet from %1 holds %2 on %3: %4 gets port %5</source>
        <translation>%1 からの要求外のパケットが %3 上の %2 を占有: %4 はポート %5 になります</translation>
    </message>
    <message>
        <source>At %1 s %2 sent to %3 before %4 had sent anything to it. %5 runs Linux netfilter, which tracks even an unsolicited packet to the router itself: its conntrack entry %3 ↔ %2 holds that tuple for the unreplied timeout, and every further packet from the sender refreshes it. When %4 asked for source port %6 toward the same peer at %7 s, netfilter had to give it port %8.</source>
        <translation>%1 秒に、%4 がまだ何も送っていないうちに %2 が %3 へ送信しました。%5 は Linux netfilter で動いており、ルーター自身に届いた要求外のパケットも追跡します。その conntrack エントリ %3 ↔ %2 は応答なしのタイムアウトの間そのタプルを占有し、送信元から次のパケットが届くたびに更新されます。%7 秒に %4 が同じピア宛てに送信元ポート %6 を求めたとき、netfilter はポート %8 を割り当てるしかありませんでした。</translation>
    </message>
    <message>
        <source>Its cloud peer expects source port %1 (%2), so it keeps sending to %3:%1.</source>
        <translation>クラウド側のピアは送信元ポート %1 を前提としている（%2）ため、%3:%1 へ送り続けます。</translation>
    </message>
    <message>
        <source>Those packets only refresh the router's entry, so the tunnel stays Down for as long as the peer keeps trying.</source>
        <translation>それらのパケットはルーターのエントリを更新するだけなので、ピアが試行を続ける限りトンネルは Down のままです。</translation>
    </message>
    <message>
        <source>Its peer follows the port it sees (%1), so the tunnel works on that port.</source>
        <translation>ピアは見えたポートに追従する（%1）ので、トンネルはそのポートで動きます。</translation>
    </message>
    <message>
        <source>%1 tracks the unsolicited packet from %2 to %3.</source>
        <translation>%1 は %2 から %3 への要求外のパケットを追跡します。</translation>
    </message>
    <message>
        <source>%1 asks for %2 and is given %3.</source>
        <translation>%1 は %2 を求め、%3 を割り当てられました。</translation>
    </message>
    <message>
        <source>Unsolicited inbound entry holds UDP 4500</source>
        <translation>要求外の着信エントリが UDP 4500 を占有</translation>
    </message>
</context>
<context>
    <name>UplinkMtuRule</name>
    <message>
        <source>Uplink MTU %1 does not fit through %2 (%3 bytes)</source>
        <translation>アップリンク MTU %1 は %2（%3 バイト）を通れません</translation>
    </message>
    <message>
        <source>%1 send encrypted packets of up to %2 bytes (their uplink MTU; encryption adds %3 bytes to every packet), but %4 of %5 carries only %6. Small packets such as IKE and keepalives pass, so the tunnel can look Up while migrations and extended networks stall on dropped or fragmented packets.</source>
        <translation>%1 は最大 %2 バイトの暗号化パケットを送ります（アップリンク MTU。暗号化で各パケットに %3 バイト加わります）が、%5 の %4 は %6 バイトまでしか運べません。IKE やキープアライブのような小さいパケットは通るため、トンネルは Up に見えても、移行や延伸ネットワークはパケットの破棄や分割で止まります。</translation>
    </message>
    <message>
        <source>%1: MTU %2.</source>
        <translation>%1: MTU %2。</translation>
    </message>
    <message>
        <source>%1: uplink MTU %2.</source>
        <translation>%1: アップリンク MTU %2。</translation>
    </message>
    <message>
        <source>Uplink MTU too small for the encrypted packets</source>
        <translation>暗号化パケットに対してアップリンク MTU が小さすぎる</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The project "%1" has unsaved changes.</source>
        <translation>プロジェクト「%1」には保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Do you want to save them first?</source>
        <translation>先に保存しますか?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>MeshNAT projects (*.meshnat);;All files (*)</source>
        <translation>MeshNAT プロジェクト (*.meshnat);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a project file and list its problems</source>
        <translation>プロジェクトファイルを検査し、問題を一覧表示します</translation>
    </message>
    <message>
        <source>usage: meshnat-cli validate FILE | --example KEY</source>
        <translation>使い方: meshnat-cli validate ファイル | --example キー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Sites: %1, NAT devices: %2, appliances: %3, service meshes: %4</source>
        <translation>サイト: %1、NAT デバイス: %2、アプライアンス: %3、サービスメッシュ: %4</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YamahaConfigReader</name>
    <message>
        <source>ip %1 address outside a %1 select</source>
        <translation>ip %1 address が %1 select の外にあります</translation>
    </message>
    <message>
        <source>interface address must be a.b.c.d/len</source>
        <translation>インターフェースのアドレスは a.b.c.d/len の形式で指定します</translation>
    </message>
    <message>
        <source>ip %1 nat descriptor takes descriptor numbers</source>
        <translation>ip %1 nat descriptor には NAT ディスクリプター番号を指定します</translation>
    </message>
    <message>
        <source>ip %1 nat descriptor outside a %1 select</source>
        <translation>ip %1 nat descriptor が %1 select の外にあります</translation>
    </message>
    <message>
        <source>NAT descriptor number must be 1 or more</source>
        <translation>NAT ディスクリプター番号は 1 以上で指定します</translation>
    </message>
    <message>
        <source>not used for NAT</source>
        <translation>NAT には使用しません</translation>
    </message>
    <message>
        <source>nat descriptor type N TYPE</source>
        <translation>nat descriptor type N タイプ の形式で指定します</translation>
    </message>
    <message>
        <source>type must be masquerade, nat, nat-masquerade or none</source>
        <translation>タイプは masquerade、nat、nat-masquerade、none のいずれかです</translation>
    </message>
    <message>
        <source>nat descriptor address %1 N LIST</source>
        <translation>nat descriptor address %1 N リスト の形式で指定します</translation>
    </message>
    <message>
        <source>"%1" is not an address, a range or a mnemonic</source>
        <translation>「%1」はアドレスでも範囲でもニーモニックでもありません</translation>
    </message>
    <message>
        <source>masquerade static takes N ID INNER_IP PROTOCOL [OUTER_PORT=]INNER_PORT</source>
        <translation>masquerade static は N ID 内側IP プロトコル [外側ポート=]内側ポート の形式で指定します</translation>
    </message>
    <message>
        <source>inner address must be an IPv4 address</source>
        <translation>内側アドレスは IPv4 アドレスで指定します</translation>
    </message>
    <message>
        <source>static IP masquerade of %1 is not simulated (UDP and TCP are)</source>
        <translation>%1 の静的IPマスカレードはシミュレーションしません（UDP と TCP は対象です）</translation>
    </message>
    <message>
        <source>ports must be numbers 1-65535 (OUTER=INNER or one port)</source>
        <translation>ポートは 1～65535 の数値で指定します（外側=内側、またはポート 1 つ）</translation>
    </message>
    <message>
        <source>masquerade port range N LOW-HIGH …</source>
        <translation>masquerade port range N 下限-上限 … の形式で指定します</translation>
    </message>
    <message>
        <source>port range must be LOW-HIGH within 1-65535</source>
        <translation>ポート範囲は 1～65535 の 下限-上限 で指定します</translation>
    </message>
    <message>
        <source>static takes N ID OUTER=INNER [COUNT]</source>
        <translation>static は N ID 外側=内側 [個数] の形式で指定します</translation>
    </message>
    <message>
        <source>OUTER=INNER must be two IPv4 addresses</source>
        <translation>外側=内側 には IPv4 アドレスを 2 つ指定します</translation>
    </message>
    <message>
        <source>count must be 1-256</source>
        <translation>個数は 1～256 で指定します</translation>
    </message>
    <message>
        <source>timer takes N [protocol=…] SECONDS</source>
        <translation>timer は N [protocol=…] 秒 の形式で指定します</translation>
    </message>
    <message>
        <source>timer must end with seconds (1 or more)</source>
        <translation>timer の最後には秒数（1 以上）を指定します</translation>
    </message>
    <message>
        <source>timer for one protocol or port is not simulated</source>
        <translation>特定のプロトコルやポート番号の NAT タイマはシミュレーションしません</translation>
    </message>
    <message>
        <source>IP masquerade setting read but not simulated</source>
        <translation>IPマスカレードの設定を読み込みましたが、シミュレーションには反映しません</translation>
    </message>
    <message>
        <source>unknown or incomplete nat descriptor statement (cut short?)</source>
        <translation>nat descriptor 文が未知か不完全です（途中で切れている可能性があります）</translation>
    </message>
    <message>
        <source>NAT descriptor %1 is applied but never defined</source>
        <translation>NATディスクリプター %1 はインターフェースに適用されていますが、定義されていません</translation>
    </message>
    <message>
        <source>NAT descriptor %1 is also applied to %2; simulated on %3 only</source>
        <translation>NATディスクリプター %1 は %2 にも適用されています。シミュレーションは %3 だけで行います</translation>
    </message>
    <message>
        <source>NAT descriptor %1 is not applied to any interface</source>
        <translation>NATディスクリプター %1 はどのインターフェースにも適用されていません</translation>
    </message>
    <message>
        <source>NAT descriptor %1 has type none: no translation</source>
        <translation>NATディスクリプター %1 のタイプは none です（変換しません）</translation>
    </message>
    <message>
        <source>outer address ipcp (the initial value): %1, the address of %2, is used</source>
        <translation>外側アドレスは ipcp（初期値）です。%2 のアドレス %1 を使います</translation>
    </message>
    <message>
        <source>NAT descriptor %1: the outer address is learned at run time (ipcp/dhcp); set the address of %2 by hand after import</source>
        <translation>NATディスクリプター %1: 外側アドレスは動作中に決まります（ipcp/dhcp）。インポート後に %2 のアドレスを手で設定してください</translation>
    </message>
    <message>
        <source>nat-masquerade: the dynamic NAT part is not simulated; hosts are masqueraded on %1</source>
        <translation>nat-masquerade: 動的NATの部分はシミュレーションしません。ホストは %1 で IPマスカレードされます</translation>
    </message>
    <message>
        <source>IP masquerade uses the first outer address only (%1)</source>
        <translation>IPマスカレードは先頭の外側アドレス（%1）だけを使います</translation>
    </message>
    <message>
        <source>only the first descriptor's port range is simulated</source>
        <translation>ポート範囲は最初のNATディスクリプターのものだけをシミュレーションします</translation>
    </message>
    <message>
        <source>only the first port range (%1) is simulated</source>
        <translation>最初のポート範囲（%1）だけをシミュレーションします</translation>
    </message>
    <message>
        <source>no nat descriptor timer: YAMAHA's initial value, %1 s, is used</source>
        <translation>nat descriptor timer の設定がありません。初期値 %1 秒を使います（想定）</translation>
    </message>
</context>
<context>
    <name>YamahaNatReader</name>
    <message>
        <source>YAMAHA RTX show nat descriptor address</source>
        <translation>YAMAHA RTX show nat descriptor address（NATディスクリプター アドレス表示）</translation>
    </message>
    <message>
        <source>the outer address is not an IPv4 address; inside global shows the outer port only</source>
        <translation>外側アドレスが IPv4 アドレスではありません。内部グローバルには外側ポートのみを表示します</translation>
    </message>
    <message>
        <source>more than %1 translations; the rest was not read</source>
        <translation>変換が %1 件を超えたため、残りは読み込んでいません</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>解釈できません</translation>
    </message>
    <message>
        <source>masquerade row cut short: %1 of %2 columns; not used</source>
        <translation>IPマスカレードの行が途中で切れています（%2 列中 %1 列）。この行は使用しません</translation>
    </message>
    <message>
        <source>masquerade row has %1 columns, the header %2; not used</source>
        <translation>IPマスカレードの行が %1 列ありますが、見出しは %2 列です。この行は使用しません</translation>
    </message>
    <message>
        <source>masquerade row with an invalid address or port; not used</source>
        <translation>IPマスカレードの行のアドレスまたはポートが正しくありません。この行は使用しません</translation>
    </message>
    <message>
        <source>no outer address before the table; inside global shows the outer port only</source>
        <translation>表の前に外側アドレスがありません。内部グローバルには外側ポートのみを表示します</translation>
    </message>
    <message>
        <source>the remaining time is not a number of seconds</source>
        <translation>残り時間が秒数ではありません</translation>
    </message>
</context>
</TS>
