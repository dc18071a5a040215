<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>Seed incident</source>
        <translation>発端の障害事例</translation>
    </message>
    <message>
        <source>Home lab</source>
        <translation>ホームラボ</translation>
    </message>
    <message>
        <source>Fixed site</source>
        <translation>対策済みサイト</translation>
    </message>
    <message>
        <source>Cisco router overloads IX and NE onto one global address: one tunnel Down</source>
        <translation>Cisco ルーターが IX と NE を 1 つのグローバルアドレスにオーバーロード: 片方のトンネルが Down</translation>
    </message>
    <message>
        <source>The same design behind a consumer (Linux netfilter) router</source>
        <translation>同じ構成を家庭用（Linux netfilter）ルーターの背後に置いた場合</translation>
    </message>
    <message>
        <source>The fix: static NAT with an explicit mapping per appliance</source>
        <translation>対策: アプライアンスごとに明示的に対応付けたスタティック NAT</translation>
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
        <source>Site</source>
        <translation>サイト</translation>
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
</context>
<context>
    <name>MeshGraphScene</name>
    <message>
        <source>Peer pair: %1 ↔ %2</source>
        <translation>ピアペア: %1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>MeshGraphView</name>
    <message>
        <source>The project has no sites yet.
Use Edit ▸ Add Site to start, or open an example from the File menu.</source>
        <translation>プロジェクトにはまだサイトがありません。
「編集 ▸ 追加 ▸ サイトを追加」で始めるか、「ファイル」メニューからサンプルを開いてください。</translation>
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
        <source>the peer %1 is in the same site; peers are deployed at the two ends of a Service Mesh</source>
        <translation>ピア %1 が同じサイトにあります。ピアはサービスメッシュの両端にデプロイされます</translation>
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
        <source>the peer %1 is of type %2; a %3 appliance pairs with type %4</source>
        <translation>ピア %1 のタイプは %2 です。%3 アプライアンスのペアはタイプ %4 です</translation>
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
        <source>position</source>
        <translation>位置</translation>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>ServiceMeshTableModel</name>
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
        <source>usage: meshnat-cli simulate FILE | --example KEY [--json] [--until SECONDS]</source>
        <translation>使い方: meshnat-cli simulate ファイル | --example キー [--json] [--until 秒]</translation>
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
</context>
</TS>
