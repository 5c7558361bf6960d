<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="+162"/>
        <source>最新的可用备份：{0}。请由管理员从该备份恢复（文件→设置→备份，或 mediation-app restore）。</source>
        <translation>Newest good backup: {0}. An administrator should restore it (File → Settings → Backups, or mediation-app restore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有找到可用的备份。</source>
        <translation>No usable backup was found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>备份未能复制</source>
        <translation>The backup could not be copied</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>调解台已经在使用这个数据目录（{0}）。请切换到已打开的窗口，或关闭它后再试。</source>
        <translation>Mediation Desk is already using this data directory ({0}). Switch to the open window, or close it and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调解台已在运行</source>
        <translation>Mediation Desk is already running</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../ui/attachments_view.py" line="+48"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>可将 PDF、图片文件拖到这里添加。</source>
        <translation>Drop PDF or image files here to add them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>只读：您不是本案的承办调解员</source>
        <translation>Read-only: you are not a mediator of this case</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 或图片 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation>PDF or images (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无法读取文件：{0}</source>
        <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>添加附件 — {0}</source>
        <translation>Add attachment — {0}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>无法显示该文件：{0}</source>
        <translation>Cannot show this file: {0}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+54"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>BureauView</name>
    <message>
        <location filename="../../ui/bureau_view.py" line="+49"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已替换较早的报送</source>
        <translation>Replaced an earlier submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导入过，未更改</source>
        <translation>Already imported, unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>单位代码</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>司法局汇总</source>
        <translation>Bureau summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把各司法所报送的文件夹拖到这里即可导入；程序核验签名和文件，被改动或来历不明的报送会被拒绝。</source>
        <translation>Drop the folders the justice offices submitted here to import them; signatures and files are checked, and altered submissions or ones of unknown origin are refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>登记报送单位(&amp;R)…</source>
        <translation>&amp;Register office…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入报送文件夹(&amp;I)…</source>
        <translation>&amp;Import folders…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择一个报送文件夹，或存放多个报送文件夹的上级文件夹</source>
        <translation>Choose a submission folder, or a folder holding several of them</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>汇总月份(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成汇总表(&amp;G)…</source>
        <translation>&amp;Generate summary…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开汇总表</source>
        <translation>Open summary</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>各单位报送情况</source>
        <translation>Submissions by office</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报送情况（红色“未报”为尚未报送）</source>
        <translation>Submissions (red “Missing” means not yet submitted)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>本次导入结果</source>
        <translation>Results of this import</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>尚未登记任何报送单位：请先“登记报送单位”。</source>
        <translation>No office registered yet: use “Register office” first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：应报 {1} 个单位，未报 {2} 个：</source>
        <translation>{0}: {1} offices due, {2} missing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}：{1} 个登记单位均已报送。</source>
        <translation>{0}: all {1} registered offices have submitted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>登记报送单位</source>
        <translation>Register office</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记后，该单位用对应私钥签名的报送才会被接受。请与报送单位核对公钥指纹。</source>
        <translation>Once registered, submissions signed with the office&apos;s private key are accepted. Check the key fingerprint with the office.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从公钥文件读取…</source>
        <translation>Read key file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择公钥文件</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥文件 (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无法读取该文件：应为报送单位“导出公钥”保存的 .json 文件</source>
        <translation>Cannot read this file: it should be the .json file saved with “Export public key”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已登记 {0}（{1}），公钥指纹 {2}</source>
        <translation>Registered {0} ({1}), key fingerprint {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择报送文件夹</source>
        <translation>Choose submission folder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在导入 {0} 个文件夹</source>
        <translation>Importing {0} folder(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消导入。</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入 {0} 个文件夹：接受 {1} 个，拒绝 {2} 个。</source>
        <translation>Imported {0} folder(s): {1} accepted, {2} refused.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>保存全区汇总表</source>
        <translation>Save district summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全区汇总_{0}.xlsx</source>
        <translation>district-summary_{0}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已生成 {0}：应报 {1} 个单位，已报 {2} 个，未报 {3} 个。</source>
        <translation>Written {0}: {1} offices due, {2} submitted, {3} missing.</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list.py" line="+112"/>
        <source>搜索：编号、姓名、身份证号、电话或案情（Ctrl+F）</source>
        <translation>Search: number, name, ID number, phone or facts (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部风险</source>
        <translation>All risk levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部调解员</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案起</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案止</source>
        <translation>Received until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>双击或按回车打开案件</source>
        <translation>Double-click or press Enter to open a case</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>共 {0} 件</source>
        <translation>{0} cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="+59"/>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>点击按此列排序</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>加载中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（该案件已不存在）</source>
        <translation>(this case no longer exists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加载失败：{0}</source>
        <translation>Could not load: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>民转刑风险：{0}（得分 {1}）</source>
        <translation>Risk of turning criminal: {0} (score {1})</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../ui/case_window.py" line="+66"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位或住址</source>
        <translation>Employer or address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业或职务</source>
        <translation>Occupation or position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次序</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公开</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+113"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="-152"/>
        <location filename="../../ui/risk_view.py" line="+62"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/risk_view.py" line="-4"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已排除</source>
        <translation>Ruled out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派出所</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接报民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报告理由</source>
        <translation>Reason for not reporting</translation>
    </message>
    <message>
        <location filename="../../ui/case_window.py" line="-159"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送信息</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>调解记录</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>回访记录</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>履行与回访</source>
        <translation>Performance and follow-ups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>案件 {0}</source>
        <translation>Case {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>涉及婚姻、收养或身份关系的协议不能申请司法确认。</source>
        <translation>Agreements on marriage, adoption or personal status cannot be judicially confirmed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>逾期 {0} 天（期限 {1}）</source>
        <translation>{0} days overdue (deadline {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>剩余 {0} 天（期限 {1}）</source>
        <translation>{0} days left (deadline {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>期限 {0}</source>
        <translation>Deadline {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚无办理期限</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，已延长</source>
        <translation>, extended</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只读：您不是本案的承办调解员</source>
        <translation>Read-only: you are not a mediator of this case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>填写并保存：{0}</source>
        <translation>Fill in and save: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>；已反馈（{0}）</source>
        <translation>; result reported ({0})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>尚未达成协议。</source>
        <translation>No agreement yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>协议形式</source>
        <translation>Form of agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议日期</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生效日期</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议金额</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
</context>
<context>
    <name>ChangePassword</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="+310"/>
        <source>两次输入的新密码不一致</source>
        <translation>The two new passwords differ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>这是首次登录，或管理员重置了您的密码：请先设置只有您知道的新密码。</source>
        <translation>This is your first sign-in, or an administrator reset your password: first set a new password only you know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="+307"/>
        <source>风险排查</source>
        <translation>Risk screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>勾选登记时已经发现的情况；不清楚的可以不填，以后在调解中补充。</source>
        <translation>Tick what is already known at intake; leave out what is unclear and add it during mediation.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location line="+18"/>
        <source>确认并保存</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对以下内容。保存后生成案件编号，状态为“已登记”。</source>
        <translation>Please check the details below. Saving assigns a case number; the case is then registered.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="+133"/>
        <source>暂无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新读取 (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>我的在办案件</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期案件</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本周到期</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高风险案件及主要原因</source>
        <translation>High-risk cases and main reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待回访</source>
        <translation>Follow-up visits due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认申请期即将届满</source>
        <translation>Judicial confirmation window closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待向移送单位反馈</source>
        <translation>Result owed to the referring unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送单位期限临近</source>
        <translation>Referrer&apos;s deadline near</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在办案件（全部）</source>
        <translation>Open cases (all)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>本月统计</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本月按纠纷类型的调解件数</source>
        <translation>Disputes mediated this month by type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>月度报送…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>预览并导出向司法局报送的月报 (Ctrl+E)</source>
        <translation>Preview and export the monthly report for the bureau (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>本月统计（{0}）</source>
        <translation>This month ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本月尚无调解结束的案件</source>
        <translation>No mediation concluded this month yet</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>期限 {0}</source>
        <translation>Deadline {0}</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+37"/>
        <source>提示</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>注意</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请输入</source>
        <translation>Please enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序遇到了一个内部错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>The program hit an internal error; the last operation may not have completed. Data already saved is not affected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>详细信息已写入日志文件，请将它发给技术支持：
{0}</source>
        <translation>The details were written to a log file; please send it to support:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制日志路径</source>
        <translation>Copy log path</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本次操作没有保存任何内容。请处理上述问题后重试；如果问题持续，请联系管理员。</source>
        <translation>Nothing was saved. Deal with the problem above and try again; if it persists, contact your administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法完成</source>
        <translation>Cannot complete</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/print_preview.py" line="+496"/>
        <source>打印身份证号</source>
        <translation>Print ID numbers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>勾选后，协议书和申请书印出当事人的身份证号码</source>
        <translation>When ticked, the agreement and the application show the parties&apos; ID numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+304"/>
        <source>月度报送</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>统计月份(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>统计数字</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按纠纷类型的调解件数</source>
        <translation>Disputes mediated by type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按纠纷类型</source>
        <translation>By dispute type</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>手工调整</source>
        <translation>Hand adjustments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加调整…</source>
        <translation>Add adjustment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>记录无法从案件得出的数字，须写明理由；每次调整都记入审计记录</source>
        <translation>Record a figure the cases cannot give, with a reason; every adjustment is audited</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>手工调整已计入上表的数字，并随月报一同报送。</source>
        <translation>Hand adjustments are included in the figures and reported with the month.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>统计数字(&amp;1)</source>
        <translation>Figures (&amp;1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手工调整(&amp;2)</source>
        <translation>Adjustments (&amp;2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查记录(&amp;3)</source>
        <translation>Sweeps (&amp;3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出公钥…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>司法局登记本所时需要的公钥</source>
        <translation>The public key the bureau needs to register this office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择文件夹，写入月报表、数据文件和签名清单</source>
        <translation>Choose a folder for the report form, the data file and the signed manifest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>选择导出到哪个文件夹</source>
        <translation>Choose the folder to export to</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在导出 {0} 月报</source>
        <translation>Exporting the report of {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消导出，没有写入任何文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已导出 {0} 月报到 {1}（{2}）。</source>
        <translation>Exported the report of {0} to {1} ({2}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>校验通过：清单签名有效，{0} 个文件与清单一致。</source>
        <translation>Verified: the manifest signature is valid and {0} files match it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>校验未通过：{0}</source>
        <translation>Verification failed: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>手工调整 {0}</source>
        <translation>Hand adjustment {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整数计入本月报表的该栏目；理由和录入人随月报报送，并记入审计记录。</source>
        <translation>The change is added to this column of the month&apos;s report; the reason and who entered it are reported with it and audited.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="+51"/>
        <source>示范司法所</source>
        <translation>Demo Justice Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示范街道人民调解委员会</source>
        <translation>Demo Street People&apos;s Mediation Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示范</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>调解台 — 首次使用</source>
        <translation>Mediation Desk — first run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>欢迎使用调解台。请填写司法所和调解委员会的名称，并设置管理员密码。数据保存在：{0}</source>
        <translation>Welcome to Mediation Desk. Enter the names of the justice office and the mediation committee, and set the administrator&apos;s password. Data is kept in: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>创建示范办公室</source>
        <translation>Create a demo office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>创建一个填有虚构案件的办公室，用于试用和培训</source>
        <translation>Create an office filled with fictitious cases, for trying out and training</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>正在生成示范数据…</source>
        <translation>Generating demo data…</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../ui/settings/holidays_page.py" line="+27"/>
        <source>现用：本所修改的安排</source>
        <translation>In force: the office&apos;s own calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现用：随程序提供的国务院办公厅安排</source>
        <translation>In force: the State Council schedule shipped with the program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>假期</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放假</source>
        <translation>Days off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班</source>
        <translation>Adjusted working days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>调解期限的最后一天是周末或法定节假日的，顺延到其后的第一个工作日；调休上班日按工作日计算。修改只影响此后受理的案件。</source>
        <translation>When the last day of the mediation period is a weekend or a public holiday, the period ends on the next working day; adjusted working days count as working days. Changes apply to cases accepted afterwards.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>节假日安排</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日安排文本（TOML）</source>
        <translation>Holiday calendar text (TOML)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存节假日安排</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复默认安排…</source>
        <translation>Restore the default…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>有 {0} 处错误，请按行号修改。</source>
        <translation>{0} problem(s); correct them at the lines shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日安排没有错误。</source>
        <translation>The calendar has no problems.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入节假日安排</source>
        <translation>Import holiday calendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOML 文件 (*.toml)</source>
        <translation>TOML files (*.toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法读取文件：{0}</source>
        <translation>Cannot read the file: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已读入 {0}，检查无误；点“保存节假日安排”后生效。</source>
        <translation>Read {0} without problems; it applies once you click “Save calendar”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已保存节假日安排。</source>
        <translation>Calendar saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除本所修改的安排，恢复随程序提供的安排？</source>
        <translation>Delete the office&apos;s calendar and use the one shipped with the program?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复默认安排</source>
        <translation>Restore the default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已恢复默认安排。</source>
        <translation>The default calendar applies again.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../ui/attachments_view.py" line="-191"/>
        <source>附件 — {0}</source>
        <translation>Attachment — {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-179"/>
        <source>此人在 {0} 件既往案件中出现：{1}</source>
        <translation>This person appears in {0} earlier case(s): {1}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>身份证号与性别不符（证号显示为{0}）</source>
        <translation>The ID number does not match the sex (the number says {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号与出生日期不符（证号显示为{0}）</source>
        <translation>The ID number does not match the birth date (the number says {0})</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步 (Alt+N)</source>
        <translation>Next (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步 (Alt+B)</source>
        <translation>Back (Alt+B)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型与来源；委托移送的案件请填写移送信息。</source>
        <translation>Type and source of the dispute; for referred cases, the referral details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案情</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷的简要情况和当事人的申请事项。</source>
        <translation>A summary of the dispute and what the parties ask for.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>当事人{0}</source>
        <translation>Party {0}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="-168"/>
        <source>调解台已锁定</source>
        <translation>Mediation Desk is locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>长时间无操作，已锁定。请输入 {0} 的密码以继续。</source>
        <translation>Locked after a period without use. Enter the password of {0} to continue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>用户名或密码不正确</source>
        <translation>Wrong username or password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+56"/>
        <source>调解台 — {0}</source>
        <translation>Mediation Desk — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+76"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>月度报送…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有统计员和管理员可以导出月报</source>
        <translation>Only statisticians and administrators export reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有管理员可以修改设置</source>
        <translation>Only administrators change settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存界面布局</source>
        <translation>Save window layout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>查找案件</source>
        <translation>Find cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打开所选案件</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消（清除搜索）</source>
        <translation>Cancel (clear search)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>矛盾纠纷排查…</source>
        <translation>Dispute sweeps…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有调解员、统计员和管理员可以登记排查</source>
        <translation>Only mediators, statisticians and administrators record sweeps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Ctrl+N 新建案件
Ctrl+F 查找案件
Ctrl+P 打印
Ctrl+S 保存（表单中）
Ctrl+1/2/3 工作台、案件列表、司法局汇总
Ctrl+E 月度报送
Ctrl+Shift+E 矛盾纠纷排查
Ctrl+, 设置
Esc 取消或关闭
F5 刷新
回车 打开所选案件</source>
        <translation>Ctrl+N New case
Ctrl+F Find cases
Ctrl+P Print
Ctrl+S Save (in forms)
Ctrl+1/2/3 Dashboard, case list, bureau summary
Ctrl+E Monthly report
Ctrl+Shift+E Dispute sweeps
Ctrl+, Settings
Esc Cancel or close
F5 Refresh
Enter Open the selected case</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+86"/>
        <location line="+201"/>
        <source>案件列表</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+87"/>
        <location line="+2"/>
        <source>司法局汇总</source>
        <translation>Bureau summary</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>关于调解台</source>
        <translation>About Mediation Desk</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在读取或保存…</source>
        <translation>Reading or saving…</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>调解台 {0}
人民调解案件管理</source>
        <translation>Mediation Desk {0}
Case management for people&apos;s mediation</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="-383"/>
        <source>统计月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-241"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人、被申请人及其他当事人。输入身份证号后自动填写性别和出生日期。</source>
        <translation>Applicants, respondents and other parties. An ID number fills in sex and birth date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加当事人 (Alt+A)</source>
        <translation>Add party (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除当前当事人</source>
        <translation>Remove this party</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <source>当事人{0}</source>
        <translation>Party {0}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/print_preview.py" line="-245"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>页码</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>正在生成文书…</source>
        <translation>Producing the document…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>无法显示该 PDF 文件。</source>
        <translation>This PDF file cannot be shown.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {0} 页</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法保存文件 {0}：{1}</source>
        <translation>Cannot save the file {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../ui/settings/profile.py" line="+33"/>
        <source>单位信息</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存单位信息</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位代码（报送用，不可修改）：</source>
        <translation>Office code (for reports, not editable):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>单位信息没有改动。</source>
        <translation>The office details are unchanged.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已保存单位信息。</source>
        <translation>Office details saved.</translation>
    </message>
</context>
<context>
    <name>PublicKeyDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+102"/>
        <source>本所报送公钥</source>
        <translation>This office&apos;s public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请把下面的公钥交给区司法局登记。登记时请对方核对指纹，确认公钥确实来自本所。</source>
        <translation>Give this public key to the district bureau for registration. Ask them to check the fingerprint, so they know the key comes from this office.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>公钥</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存为文件…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>单位代码：{0}</source>
        <translation>Office code: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位名称：{0}</source>
        <translation>Office name: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥：{0}</source>
        <translation>Public key: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指纹：{0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存公钥</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公钥文件 (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="-177"/>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库已加密。请把下面的恢复密钥抄写下来或保存在安全的地方，并与电脑分开存放。更换电脑或密钥环丢失时，只有凭它才能打开数据库。它只显示这一次。</source>
        <translation>The database is encrypted. Write down the recovery key below or keep it in a safe place, away from this computer. On a new computer, or if the keyring is lost, only this key opens the database. It is shown only this once.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>我已妥善保存恢复密钥</source>
        <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>继续</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ReportOverview</name>
    <message>
        <location filename="../../ui/models/report_overview.py" line="+72"/>
        <source>报送单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>公钥指纹：{0}</source>
        <translation>Key fingerprint: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报（替换 {0} 次）</source>
        <translation>Submitted (replaced {0}×)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已报</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成于 {0}，导入于 {1}</source>
        <translation>Generated {0}, imported {1}</translation>
    </message>
</context>
<context>
    <name>RiskRulesPage</name>
    <message>
        <location filename="../../ui/settings/risk_rules_page.py" line="+37"/>
        <source>现用：本所修改的规则，版本 {0}</source>
        <translation>In force: the office&apos;s own rules, version {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现用：随程序提供的规则，版本 {0}</source>
        <translation>In force: the rules shipped with the program, version {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>三色（红/黄/绿）</source>
        <translation>Three colours (red/amber/green)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>四色（红/橙/黄/蓝）</source>
        <translation>Four colours (red/orange/amber/blue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高风险名称</source>
        <translation>Name of high</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>较高风险名称（四色）</source>
        <translation>Name of elevated (four colours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中风险名称</source>
        <translation>Name of medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低风险名称</source>
        <translation>Name of low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中风险分数线</source>
        <translation>Medium from score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高风险分数线</source>
        <translation>High from score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>橙色分数线（四色）</source>
        <translation>Orange from score (four colours)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>修改后的规则用于此后的每次研判；已有的研判记录保留当时的规则版本。需要时可按新规则重新研判全部在办案件。</source>
        <translation>Changed rules apply to every assessment from now on; existing assessments keep the rules version they were made with. Re-assess the open cases under the new rules when you choose.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>配色方案</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>风险规则文本（TOML）</source>
        <translation>Risk rules text (TOML)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>应用以上修改</source>
        <translation>Apply these changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存规则文本</source>
        <translation>Save rules text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复出厂规则…</source>
        <translation>Revert to shipped rules…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新研判在办案件…</source>
        <translation>Re-assess open cases…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>没有需要保存的改动。</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>已保存，新版本 {0}。</source>
        <translation>Saved as version {0}.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>有 {0} 处错误，请按行号修改。</source>
        <translation>{0} problem(s); correct them at the lines shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则没有错误，版本 {0}。</source>
        <translation>The rules have no errors (version {0}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>删除本所修改的规则，恢复随程序提供的规则？</source>
        <translation>Delete the office&apos;s rules and use the shipped ones again?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复出厂规则</source>
        <translation>Revert to shipped rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已恢复出厂规则，版本 {0}。</source>
        <translation>Shipped rules restored (version {0}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>按现用规则重新研判全部在办案件？已有的研判记录会保留；中途取消时，已完成的案件不受影响，再次运行会继续未完成的部分。</source>
        <translation>Re-assess every open case under the rules in force? Existing assessments are kept; if you cancel, finished cases stay done and running it again continues with the rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重新研判在办案件</source>
        <translation>Re-assess open cases</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在重新研判在办案件</source>
        <translation>Re-assessing open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已按版本 {0} 重新研判 {1} 件在办案件，其中 {2} 件等级有变化。</source>
        <translation>Re-assessed {1} open case(s) under version {0}; the level of {2} changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已取消，尚有 {0} 件未研判。</source>
        <translation> Cancelled: {0} case(s) not yet re-assessed.</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../ui/risk_view.py" line="-31"/>
        <source>登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+8"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>触发</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规则版本</source>
        <translation>Rules version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>计算等级</source>
        <translation>Computed level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整后等级</source>
        <translation>Adjusted level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由类别</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整人</source>
        <translation>Adjusted by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复核人</source>
        <translation>Second person</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>人工调整等级…</source>
        <translation>Adjust level…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>指定责任人…</source>
        <translation>Assign owner…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>风险因素</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评估记录</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人工调整记录</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告派出所</source>
        <translation>Police reports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>最终等级：{0}</source>
        <translation>Final level: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>计算等级：{0}（已人工调整）</source>
        <translation>Computed level: {0} (adjusted by hand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>计算等级：{0}</source>
        <translation>Computed level: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>得分：{0}</source>
        <translation>Score: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规则版本：{0}</source>
        <translation>Rules version: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>负责人：{0}</source>
        <translation>Owner: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只读：您不是本案的承办调解员</source>
        <translation>Read-only: you are not a mediator of this case</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>计算等级：{0}；当前等级：{1}。</source>
        <translation>Computed level: {0}; current level: {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人工调整风险等级</source>
        <translation>Adjust the risk level</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>指定风险责任人</source>
        <translation>Assign the risk owner</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+119"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>委员或聘任</source>
        <translation>Member or appointed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>培训日期</source>
        <translation>Trained on</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>每日自动</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前自动保留</source>
        <translation>Kept before a restore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>单位与规则(&amp;1)</source>
        <translation>Office and rules (&amp;1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人员名册</source>
        <translation>Staff roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加人员…</source>
        <translation>Add staff…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人员名册(&amp;2)</source>
        <translation>Staff (&amp;2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>为所选用户设置临时密码，用户下次登录时须修改</source>
        <translation>Give the selected user a temporary password, to be changed at the next sign-in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>文书模板(&amp;5)</source>
        <translation>Templates (&amp;5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>节假日(&amp;6)</source>
        <translation>Holidays (&amp;6)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存“单位与规则”和“备份”页上的设置 (Ctrl+S)</source>
        <translation>Save the settings of the “Office and rules” and “Backups” pages (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>调解委员会</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>委员会名称</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>添加调解委员会…</source>
        <translation>Add committee…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调解委员会(&amp;3)</source>
        <translation>Committees (&amp;3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>用户(&amp;4)</source>
        <translation>Users (&amp;4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>风险规则(&amp;7)</source>
        <translation>Risk rules (&amp;7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份(&amp;8)</source>
        <translation>Backups (&amp;8)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>办案规则</source>
        <translation>Case rules</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>备份文件</source>
        <translation>Backup files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从所选备份恢复…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先核对备份和密钥；当前数据库会先另存一份，不会丢失</source>
        <translation>The backup and the key are checked first; the current database is kept, not lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择副本文件夹…</source>
        <translation>Choose copy folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>程序每天启动时自动备份，保留最近 7 天、4 周、12 个月的备份。指定副本文件夹后，每次自动备份也复制一份到那里（保存设置后生效）。</source>
        <translation>A backup is made automatically at the first start of each day; the last 7 days, 4 weeks and 12 months are kept. With a copy folder, every automatic backup is also copied there (after the settings are saved).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>没有需要保存的改动。</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已保存 {0} 项设置。</source>
        <translation>Saved {0} setting(s).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>添加人员</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加调解委员会</source>
        <translation>Add committee</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先在列表中选择一个用户。</source>
        <translation>Select a user in the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>为 {0} 设置临时密码（用户下次登录时须修改）：</source>
        <translation>Temporary password for {0} (to be changed at the next sign-in):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已重置 {0} 的密码。
临时密码：{1}
请当面告知本人；下次登录时须设置新密码。</source>
        <translation>The password of {0} was reset.
Temporary password: {1}
Tell the user in person; a new password must be set at the next sign-in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在备份数据库</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请先在列表中选择一个备份。</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>用 {0} 的备份替换当前数据库？
此后录入的内容将不再出现在数据库中；当前数据库会先另存到备份文件夹，需要时仍可恢复。</source>
        <translation>Replace the current database with the backup of {0}?
What was entered since will no longer be in the database; the current database is first kept in the backup folder and can still be restored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>正在恢复数据库</source>
        <translation>Restoring the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已从备份恢复。原数据库已另存为：{0}</source>
        <translation>Restored from the backup. The previous database was kept as: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请关闭并重新启动调解台。</source>
        <translation>Please close and restart Mediation Desk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>选择备份副本文件夹</source>
        <translation>Choose the backup copy folder</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="+67"/>
        <source>调解台 — 登录</source>
        <translation>Mediation Desk — sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0}：请登录</source>
        <translation>{0}: please sign in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>如有该数据库的恢复密钥，请输入后重试：</source>
        <translation>If you have this database&apos;s recovery key, enter it to try again:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>需要恢复密钥</source>
        <translation>Recovery key needed</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+250"/>
        <source>矛盾纠纷排查记录</source>
        <translation>Dispute sweeps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>月份(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SweepLog</name>
    <message>
        <location line="-475"/>
        <source>排查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查范围</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查人</source>
        <translation>Swept by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发现纠纷</source>
        <translation>Disputes found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预防纠纷</source>
        <translation>Disputes prevented</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>由此立案</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>排查记录</source>
        <translation>Sweeps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记排查…</source>
        <translation>Record sweep…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>本月排查 {0} 次，发现纠纷 {1} 件，预防纠纷 {2} 件</source>
        <translation>This month: {0} sweep(s), {1} dispute(s) found, {2} prevented</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>登记矛盾纠纷排查</source>
        <translation>Record a dispute sweep</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ui/settings/templates_page.py" line="+39"/>
        <source>本所模板</source>
        <translation>Office copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出厂模板</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书标题</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题行</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单独一行</source>
        <translation>Single line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>固定条款</source>
        <translation>Fixed clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列表条目</source>
        <translation>List item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（第{1}节）</source>
        <translation>{0} (section {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>文书模板</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>常改的文字</source>
        <translation>Wording offices often change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文本已直接修改：点“检查”后这里更新。</source>
        <translation>The text was edited directly: click “Check” to update these fields.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>模板文本（TOML）</source>
        <translation>Template text (TOML)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>复制出厂模板</source>
        <translation>Copy the shipped template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复出厂模板…</source>
        <translation>Revert to shipped…</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>有 {0} 处错误，请按行号修改。</source>
        <translation>{0} problem(s); correct them at the lines shown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>模板没有错误。</source>
        <translation>The template has no problems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已复制为本所模板，可以修改了。</source>
        <translation>Copied as the office&apos;s template; you can edit it now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已保存，此后打印使用本所模板。</source>
        <translation>Saved; documents now print with the office&apos;s template.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除本所对“{0}”的修改，恢复出厂模板？</source>
        <translation>Delete the office&apos;s changes to “{0}” and use the shipped template?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复出厂模板</source>
        <translation>Revert to shipped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已恢复出厂模板。</source>
        <translation>The shipped template applies again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>模板预览（示例案件）</source>
        <translation>Template preview (sample case)</translation>
    </message>
</context>
<context>
    <name>TomlEditor</name>
    <message>
        <location filename="../../ui/settings/toml_editor.py" line="+32"/>
        <source>错误</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../ui/vocab_catalog.py" line="+94"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation>Record session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达成协议</source>
        <translation>Record agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成</source>
        <translation>Record failure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行情况</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延长期限</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告派出所</source>
        <translation>Report to police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案归档</source>
        <translation>Close and archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>向移送单位反馈</source>
        <translation>Report back to referrer</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <location filename="../../ui/badges.py" line="+27"/>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>高风险</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>黄</source>
        <translation>Amber</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>中风险</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>低风险</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>较高风险</source>
        <translation>Elevated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>橙</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>蓝</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>未评估</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>风险得分：{0}</source>
        <translation>Risk score: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>民转刑风险等级</source>
        <translation>Risk level of turning criminal</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../ui/print_preview.py" line="-399"/>
        <source>人民调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头协议登记表</source>
        <translation>Oral agreement record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民调解申请书</source>
        <translation>Application for mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民调解受理登记表</source>
        <translation>Case register form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人权利义务告知书</source>
        <translation>Notice of parties&apos; rights and duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民调解记录</source>
        <translation>Session record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访记录</source>
        <translation>Follow-up visit record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案报告表</source>
        <translation>Closing report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卷宗封面及卷内目录</source>
        <translation>File cover and contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卷宗（全部材料）</source>
        <translation>Case file (everything)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+11"/>
        <source>第 {0} 次，{1}</source>
        <translation>No. {0}, {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>含附件，可能需要几秒钟</source>
        <translation>With attachments; may take a few seconds</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>打印：{0}</source>
        <translation>Print: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在打印…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+299"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/action_forms.py" line="+28"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <location filename="../../ui/settings_dialog.py" line="-472"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-11"/>
        <location filename="../../ui/settings_dialog.py" line="+1"/>
        <location line="+19"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/settings_dialog.py" line="-13"/>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人同意</source>
        <translation>Parties&apos; consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员（第一位主持）</source>
        <translation>Mediators (the first presides)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>权利义务告知日期</source>
        <translation>Rights and duties notified on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解员由当事人选定</source>
        <translation>Mediators chosen by the parties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不予受理日期</source>
        <translation>Declined on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理理由</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调解时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公开调解</source>
        <translation>Public session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知事项</source>
        <translation>Notices given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人陈述</source>
        <translation>Statements of the parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查明事实</source>
        <translation>Facts established</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>风险提示</source>
        <translation>Risk warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次结果</source>
        <translation>Result of this session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>协议形式</source>
        <translation>Form of agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>协议日期</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议条款</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议金额</source>
        <translation>Amount agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷事实</source>
        <translation>Facts of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>涉及婚姻、收养或身份关系</source>
        <translation>Concerns marriage, adoption or personal status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>调解终结日期</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成原因</source>
        <translation>Why mediation failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>已告知其他救济途径</source>
        <translation>Told of other routes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>已告知当事人可诉讼、仲裁或申请行政处理</source>
        <translation>The parties were told they may sue, arbitrate or ask for administrative handling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>终止日期</source>
        <translation>Terminated on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止理由</source>
        <translation>Reason for terminating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人明确拒绝调解</source>
        <translation>A party clearly refused mediation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>履行检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>履行情况</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回访日期</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>被回访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新的矛盾迹象</source>
        <translation>New signs of conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采取措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访情况</source>
        <translation>Visit notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下次回访日期</source>
        <translation>Next visit due</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院案号</source>
        <translation>Court case number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院受理日期</source>
        <translation>Court accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院裁定日期</source>
        <translation>Court decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>延长至</source>
        <translation>Extend until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>双方当事人同意</source>
        <translation>Both parties consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同意情况</source>
        <translation>Consent details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>报告日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>派出所</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接报民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告内容</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未报告理由</source>
        <translation>Reason for not reporting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>重新打开的理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>反馈日期</source>
        <translation>Reported back on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈内容</source>
        <translation>What was reported back</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>附件类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>调整后等级</source>
        <translation>Adjusted level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整理由类别</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整理由说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复核人</source>
        <translation>Second person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>风险责任人</source>
        <translation>Risk owner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="-57"/>
        <source>司法所名称</source>
        <translation>Justice office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：城关司法所</source>
        <translation>e.g. Chengguan Justice Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解委员会名称</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：城关镇人民调解委员会</source>
        <translation>e.g. Chengguan Town People&apos;s Mediation Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件编号中的简称，如：城关</source>
        <translation>The town&apos;s short name, used in case numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员用户名</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理员密码</source>
        <translation>Administrator&apos;s password</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="-1"/>
        <location filename="../../ui/first_run.py" line="+1"/>
        <source>至少8位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="+1"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/intake_wizard.py" line="-187"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_dialog.py" line="-20"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18位，自动填写性别和出生日期</source>
        <translation>18 characters; fills in sex and birth date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业或职务</source>
        <translation>Occupation or position</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings/profile.py" line="-60"/>
        <location filename="../../ui/settings_dialog.py" line="+21"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位或住址</source>
        <translation>Employer or address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>纠纷子类</source>
        <translation>Sub-type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可选，如：拖欠农民工工资</source>
        <translation>Optional, e.g. unpaid migrant wages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移送单位</source>
        <translation>Referring unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送文号</source>
        <translation>Referral document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送单位期限</source>
        <translation>Referrer&apos;s deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人数</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不填则按当事人人数</source>
        <translation>Leave empty to use the number of parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>敏感案件（仅承办人和管理员可见个人信息）</source>
        <translation>Sensitive case (personal data visible only to its mediators and administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="-31"/>
        <source>调解期限（天）</source>
        <translation>Mediation time limit (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理后应在多少天内结束调解，一般为 30</source>
        <translation>Days after acceptance to conclude; usually 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认申请期（天）</source>
        <translation>Judicial confirmation window (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议生效后可申请司法确认的天数</source>
        <translation>Days after the agreement takes effect to apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请期届满前提醒（天）</source>
        <translation>Warn before the window closes (days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移送案件默认期限（天）</source>
        <translation>Default deadline of referred cases (days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>卷宗默认保管期限</source>
        <translation>Default file retention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>允许 15 位旧身份证号</source>
        <translation>Allow old 15-digit ID numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员查看</source>
        <translation>Mediators&apos; access</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员可查看他人承办案件的当事人信息</source>
        <translation>Mediators see the parties of others&apos; cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件大小上限（MB）</source>
        <translation>Attachment size limit (MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无操作自动锁定（分钟）</source>
        <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备份副本文件夹</source>
        <translation>Backup copy folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U 盘或网络共享；留空则不另存副本</source>
        <translation>USB stick or network share; empty for no copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>委员或聘任</source>
        <translation>Member or appointed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专职人民调解员</source>
        <translation>Full-time people&apos;s mediator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>培训日期</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>委员会名称</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/sign_in.py" line="-104"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字母、数字或 _ . -</source>
        <translation>Letters, digits or _ . -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters of two kinds: letters, digits, symbols</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名册中的本人</source>
        <translation>On the roster as</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="+5"/>
        <location filename="../../ui/sign_in.py" line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/bureau_view.py" line="-283"/>
        <source>单位代码</source>
        <translation>Office code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公钥</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送单位“导出公钥”得到的 Base64 文本</source>
        <translation>The Base64 text the office got with “Export public key”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更换已登记单位的公钥</source>
        <translation>Replace the key of a registered office</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="-157"/>
        <source>排查日期</source>
        <translation>Sweep date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查范围</source>
        <translation>Area swept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：幸福村3组、城关镇全镇</source>
        <translation>e.g. Xingfu village group 3, the whole town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查人</source>
        <translation>Swept by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发现纠纷件数</source>
        <translation>Disputes found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预防纠纷件数</source>
        <translation>Disputes prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排查情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>调整栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整数</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正数增加，负数减少，如 2 或 -1</source>
        <translation>Positive adds, negative subtracts, e.g. 2 or -1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile.py" line="-6"/>
        <source>司法所</source>
        <translation>Justice office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解委员会</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案号前缀</source>
        <translation>Case number prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只用于此后登记的案件，已有编号不变</source>
        <translation>Used for cases registered from now on; existing numbers stay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>手机号或固定电话，如 010-12345678</source>
        <translation>Mobile or landline, e.g. 010-12345678</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../ui/models/figures.py" line="+88"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调整数</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0}（成功 {1}）</source>
        <translation>{0} ({1} succeeded)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>调解件数</source>
        <translation>Mediated</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>其中调解成功</source>
        <translation>of which succeeded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>调解成功</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成功率</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额（万元）</source>
        <translation>Amount (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms.py" line="+153"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>填写</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除所选行</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+26"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>收案日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷简要情况</source>
        <translation>Summary of the dispute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/models/records.py" line="+88"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>statistics</name>
    <message>
        <location filename="../../ui/models/figures.py" line="-124"/>
        <source>矛盾纠纷排查</source>
        <translation>Sweeps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>排查次数</source>
        <translation>Sweeps held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发现纠纷（件）</source>
        <translation>Disputes found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预防纠纷（件）</source>
        <translation>Disputes prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解纠纷（件）</source>
        <translation>Disputes mediated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调解件数</source>
        <translation>Mediated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成功率</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纠纷来源（件）</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依申请</source>
        <translation>On application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>委托移送</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>书面（件）</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头（件）</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>涉及金额（万元）</source>
        <translation>Amount (10,000 yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行与司法确认（件）</source>
        <translation>Performance and confirmation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自动履行</source>
        <translation>Performed voluntarily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请确认</source>
        <translation>Confirmation applied for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>司法确认</source>
        <translation>Judicially confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人数</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3人以上（件）</source>
        <translation>Cases with 3+ parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访次数</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调解</source>
        <translation>mediated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成功</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人</source>
        <translation>persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>防止民间纠纷引起自杀</source>
        <translation>Suicides prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>防止民间纠纷转化为刑事案件</source>
        <translation>Criminal cases prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>防止群体性上访</source>
        <translation>Group petitions prevented</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>防止群体性械斗</source>
        <translation>Group fights prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托移送来源（件）</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民调解委员会（个）</source>
        <translation>Mediation committees</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居</source>
        <translation>Residents&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇街道</source>
        <translation>Township/sub-district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企事业单位</source>
        <translation>Enterprise/institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>行业性专业性</source>
        <translation>Sector/professional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民调解员（人）</source>
        <translation>People&apos;s mediators</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中专职</source>
        <translation>of which full-time</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/vocab_catalog.py" line="-101"/>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻里纠纷</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房屋宅基地纠纷</source>
        <translation>Housing and homestead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合同纠纷</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生产经营纠纷</source>
        <translation>Production and business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>损害赔偿纠纷</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>山林土地纠纷</source>
        <translation>Forest and land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>征地拆迁纠纷</source>
        <translation>Land requisition and demolition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>环境污染纠纷</source>
        <translation>Pollution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动争议纠纷</source>
        <translation>Labour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>消费纠纷</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>医疗纠纷</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>道路交通事故纠纷</source>
        <translation>Road traffic accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>物业纠纷</source>
        <translation>Property management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他纠纷</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人申请</source>
        <translation>Party&apos;s application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主动调解</source>
        <translation>Own initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院委派</source>
        <translation>Court (assigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法院委托</source>
        <translation>Court (entrusted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公安移交</source>
        <translation>Police referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信访交办</source>
        <translation>Petition office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检察</source>
        <translation>Procuratorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政府指定</source>
        <translation>Government designation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法人</source>
        <translation>Legal person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律顾问</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律明白人</source>
        <translation>Law-literate resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持调解员</source>
        <translation>Presiding mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民警</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特邀调解员</source>
        <translation>Invited mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>亲属</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>邻居</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同事</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专家</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../ui/action_forms.py" line="-53"/>
        <source>身份证明</source>
        <translation>Proof of identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>申请书</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议书</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>履行凭证</source>
        <translation>Proof of performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法确认材料</source>
        <translation>Court confirmation papers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调查记录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/vocab_catalog.py" line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中风险</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低风险</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>掌握新情况</source>
        <translation>New information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调解员专业判断</source>
        <translation>Mediator&apos;s professional judgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人担心人身安全</source>
        <translation>A party fears for their safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>威胁已撤回并经核实</source>
        <translation>Threat withdrawn and verified</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>风险源已消除</source>
        <translation>Source of risk removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>协议已履行</source>
        <translation>Agreement performed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>信息不实</source>
        <translation>Information was false</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_catalog.py" line="+1"/>
        <source>书面</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>部分履行</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认有效</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驳回申请</source>
        <translation>Application rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计员</source>
        <translation>Statistician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>司法局</source>
        <translation>Justice bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自杀</source>
        <translation>Suicide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民转刑</source>
        <translation>Turning criminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群体性上访</source>
        <translation>Group petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群体性械斗</source>
        <translation>Group fight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不予受理</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解中</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解成功</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案归档</source>
        <translation>Closed and archived</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>只有已登记的案件可以受理</source>
        <translation>Only a registered case can be accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有已登记的案件可以不予受理</source>
        <translation>Only a registered case can be declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须先受理，且案件尚未结束调解</source>
        <translation>The case must be accepted and mediation not yet ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>须至少有一次调解记录，且调解尚在进行</source>
        <translation>Needs at least one session record, with mediation still under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解已经结束的案件不能再终止</source>
        <translation>A case whose mediation has ended cannot be terminated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有达成协议的案件才有履行情况</source>
        <translation>Only an agreed case has performance to record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束后才能回访</source>
        <translation>Follow-up visits come after mediation has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有达成协议的案件可以申请司法确认</source>
        <translation>Only an agreed case can apply for judicial confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有受理后、调解结束前可以延长期限</source>
        <translation>The deadline can be extended only between acceptance and the end of mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已归档的案件不能再登记报告</source>
        <translation>An archived case takes no more reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束（协议、调解不成、终止或不予受理）后才能结案归档</source>
        <translation>A case can be closed only after mediation ended (agreement, failure, termination or declined)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有已归档的案件可以重新打开</source>
        <translation>Only an archived case can be reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结束后、归档前向移送单位反馈结果</source>
        <translation>Report the result to the referrer after mediation ends and before archiving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依法应当由专门机关管辖处理的</source>
        <translation>Matters for special organs by law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法律、法规禁止采用民间调解方式解决的</source>
        <translation>Matters the law bars from civil mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人民法院、公安机关或者其他行政机关已经受理或者解决的</source>
        <translation>Already accepted or decided by a court, the police or another administrative organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人一方明确拒绝调解的</source>
        <translation>A party clearly refuses mediation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>继续调解</source>
        <translation>Mediation continues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短期</source>
        <translation>Short-term</translation>
    </message>
</context>
</TS>
