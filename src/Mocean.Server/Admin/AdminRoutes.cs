using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Mocean.OceanHosting;
using Mocean.Operations.Settings;
using Mocean.Server.Protocol;

namespace Mocean.Server.Admin;

/// <summary>
/// The <c>/admin</c> route group: every route in it requires the teacher (<see cref="TeacherAuthentication"/>: the admin key in the
/// header, or the signed-in teacher's cookie), and every admin action that passes is logged (method, path with query, client address, status).
/// Services add their own admin routes with <c>app.MapAdminGroup().MapPost("/ocean", ...)</c>.
/// </summary>
public static partial class AdminRoutes
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSettings<AdminOptions>();
        services.AddDataProtection().SetApplicationName("mocean");
        // A cluster's servers share the keys through the store, so the teacher's cookie is good on each of them.
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StoreOptions>, IServiceProvider>((keys, server, provider) =>
            keys.XmlRepository = server.Value.Clustered
                ? new ClusterKeys(provider.GetRequiredService<Npgsql.NpgsqlDataSource>())
                : new PrivateKeyFolder(Path.Combine(server.Value.DataPath, PrivateKeyFolder.FolderName)));
        // Only the routes that ask (the admin policy, IsTeacherAsync) authenticate (Program keeps the lone scheme from
        // becoming the default); the handler's own line per refused request stays out of the log (a wrong key is logged
        // once, as a warning, by AdminKey).
        services.AddLogging(logs => logs.AddFilter(typeof(TeacherAuthentication).FullName, LogLevel.Warning));
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TeacherAuthentication>(
            TeacherAuthentication.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder().AddPolicy(TeacherAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(TeacherAuthentication.SchemeName).RequireAuthenticatedUser());
        return services.AddSingleton<AdminCookie>().AddSingleton<AdminLockout>().AddSingleton<AdminKey>();
    }

    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin").WithTags("Admin");
        group.RequireAuthorization(TeacherAuthentication.Policy).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var result = await next(context).ConfigureAwait(false);
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Mocean.Admin");
            LogAction(logger, http.Request.Method, http.Request.Path.Value + http.Request.QueryString.Value,
                http.Connection.RemoteIpAddress?.ToString() ?? "?");
            return result;
        });
        return group.RefusingRepeatedKeys();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin action {Method} {Target} from {Remote}")]
    private static partial void LogAction(ILogger logger, string method, string target, string remote);
}
